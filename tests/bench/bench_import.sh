#!/usr/bin/env bash
# Importing a large complaint log, from CSV and from XLSX, against sqlite3's own .import of
# the same CSV into a plain table, in the same script.
#   tests/bench/bench_import.sh [CASES...]     (default: 100000 1000000)
# The logs are Redress's own exports of a demo database of that many cases (kept in
# build/bench-data), so every row is a complete case with its stages, points and outcomes.
# Prints each time, the ratio Redress / sqlite3 .import, and each program's peak memory
# (maximum resident set, from GNU time: apt-get install time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cli=${REDRESS_CLI:-build/app/redress-cli/redress-cli}
[[ -x "$cli" ]] || { echo "bench_import: build redress-cli first (./dev.sh bench builds it)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench_import: needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench_import: needs GNU time for peak memory (apt-get install time)" >&2; exit 1; }
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100000 1000000)

data=build/bench-data
mkdir -p "$data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
# Runs a command under GNU time; peak_mib then holds its maximum resident set in MiB.
peak_mib=0
measured() {
    /usr/bin/time -f %M -o "$work/rss" "$@"
    peak_mib=$(awk '{ printf "%.0f", $1 / 1024 }' "$work/rss")
}

for cases in "${sizes[@]}"; do
    db=$data/demo-$cases.db
    if [[ ! -f "$db" ]]; then
        echo "Creating $db with $cases demo cases over 7 years (once; this takes a while)…"
        "$cli" --db "$db.part" init >/dev/null
        "$cli" --db "$db.part" demo --cases "$cases" --years 7 | tail -n 1
        mv "$db.part" "$db"
    fi
    for format in csv xlsx; do
        [[ -f "$data/log-$cases.$format" ]] ||
            "$cli" --db "$db" export cases --format "$format" --out "$data/log-$cases.$format" 2>/dev/null
    done
    csv=$data/log-$cases.csv
    rows=$(($(sqlite3 "$db" "SELECT COUNT(*) FROM cases")))
    echo "Importing $rows cases ($(du -h "$csv" | cut -f1) CSV, $(du -h "$data/log-$cases.xlsx" | cut -f1) XLSX)"

    start=$(date +%s%N)
    measured sqlite3 "$work/plain.db" ".import --csv $csv log"
    sqlite_ms=$(ms_since "$start")
    echo "  sqlite3 .import --csv into one plain table   ${sqlite_ms} ms   peak ${peak_mib} MiB"

    for format in csv xlsx; do
        target=$work/redress-$format.db
        "$cli" --db "$target" init >/dev/null
        start=$(date +%s%N)
        measured "$cli" --db "$target" import "$data/log-$cases.$format" >/dev/null
        elapsed=$(ms_since "$start")
        imported=$(sqlite3 "$target" "SELECT COUNT(*) FROM cases")
        [[ "$imported" -eq "$rows" ]] || { echo "bench_import: $imported of $rows imported" >&2; exit 1; }
        echo "  redress-cli import ($format)                   ${elapsed} ms   ratio $(ratio "$elapsed" "$sqlite_ms")   peak ${peak_mib} MiB"
    done
    rm -f "$work"/*.db "$work"/*.db-wal "$work"/*.db-shm
done
