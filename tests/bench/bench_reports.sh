#!/usr/bin/env bash
# The annual report on a large demo database, against the same counts run directly as GROUP BY
# queries in the sqlite3 shell (report-baseline.sql), in the same script on the same file.
#   tests/bench/bench_reports.sh [CASES]        (default 1000000; the database is kept in
#                                                build/bench-data and reused next time)
# Prints each time (best of three) and the ratio Redress / sqlite3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cases=${1:-1000000}
cli=${REDRESS_CLI:-build/app/redress-cli/redress-cli}
[[ -x "$cli" ]] || { echo "bench_reports: build redress-cli first (./dev.sh bench builds it)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench_reports: needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }

data=build/bench-data
mkdir -p "$data"
db=$data/demo-$cases.db
if [[ ! -f "$db" ]]; then
    echo "Creating $db with $cases demo cases over 7 years (once; this takes a while)…"
    "$cli" --db "$db.part" init >/dev/null
    "$cli" --db "$db.part" demo --cases "$cases" --years 7 | tail -n 1
    mv "$db.part" "$db"
fi

# The last complete financial year, against the one before.
year=$(( $(date +%Y) - ($(date +%m) < 4 ? 2 : 1) ))
first=$year-04-01 last=$((year + 1))-03-31 pfirst=$((year - 1))-04-01 plast=$year-03-31
baseline=$(mktemp)
trap 'rm -f "$baseline" "$baseline.json"' EXIT
{
    echo ".parameter init"
    for name in first last pfirst plast; do
        echo ".parameter set :$name \"'${!name}'\""
    done
    cat tests/bench/report-baseline.sql
} >"$baseline"

best() { # runs the command three times, prints the fastest wall time in ms
    local fastest=0 start end elapsed
    for _ in 1 2 3; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        elapsed=$(((end - start) / 1000000))
        ((fastest == 0 || elapsed < fastest)) && fastest=$elapsed
    done
    echo "$fastest"
}

cases_in_db=$(sqlite3 "$db" "SELECT COUNT(*) FROM cases")
redress_ms=$(best "$cli" --db "$db" report annual --year "$year" --format json --out "$baseline.json")
sqlite_ms=$(best sqlite3 "$db" ".read $baseline")
echo "Annual report $year/$(((year + 1) % 100)) on $cases_in_db cases ($db)"
echo "  redress-cli report annual --format json   ${redress_ms} ms"
echo "  sqlite3, the same GROUP BY counts         ${sqlite_ms} ms"
awk -v a="$redress_ms" -v b="$sqlite_ms" 'BEGIN { printf "  ratio Redress / sqlite3                    %.2f\n", (b > 0 ? a / b : 0) }'
