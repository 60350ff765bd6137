#!/usr/bin/env bash
# Exporting every case of a demo database, to CSV and to XLSX, against the sqlite3 shell
# writing the same rows with plain SQL (export-baseline.sql, run with -csv), in the same run
# on the same file.
#   tests/bench/bench_export.sh [CASES]     (or REDRESS_BENCH_CASES; default 100000)
# The database is kept in build/bench-data and reused. Prints rows of the benchmark table:
#   | operation | size | Redress ms | baseline | baseline ms | ratio | peak MiB |
# each time the best of REDRESS_BENCH_RUNS runs (default 3), the peak being the maximum
# resident set of redress-cli (GNU time) in its fastest run. Progress goes to stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cases=${1:-${REDRESS_BENCH_CASES:-100000}}
runs=${REDRESS_BENCH_RUNS:-3}
cli=${REDRESS_CLI:-build/app/redress-cli/redress-cli}
say() { echo "bench_export: $*" >&2; }
[[ -x "$cli" ]] || { say "build redress-cli first (./dev.sh bench builds it)"; exit 1; }
command -v sqlite3 >/dev/null || { say "needs the sqlite3 shell (apt-get install sqlite3)"; exit 1; }
[[ -x /usr/bin/time ]] || { say "needs GNU time for peak memory (apt-get install time)"; exit 1; }

data=build/bench-data
mkdir -p "$data"
db=$data/demo-$cases.db
if [[ ! -f "$db" ]]; then
    say "creating $db with $cases demo cases over 7 years (once; this takes a while)"
    "$cli" --db "$db.part" init >/dev/null 2>&1
    "$cli" --db "$db.part" demo --cases "$cases" --years 7 2>/dev/null | tail -n 1 >&2
    mv "$db.part" "$db"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs the command `runs` times; sets best_ms to the fastest wall time and best_mib to that
# run's maximum resident set.
best_ms=0 best_mib=0
best() {
    local start elapsed
    best_ms=0
    for ((run = 1; run <= runs; ++run)); do
        rm -f "$work"/out.*
        start=$(date +%s%N)
        /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>"$work/err" ||
            { say "failed: $*"; cat "$work/err" >&2; exit 1; }
        elapsed=$((($(date +%s%N) - start) / 1000000))
        if ((best_ms == 0 || elapsed < best_ms)); then
            best_ms=$elapsed
            best_mib=$(awk '{ printf "%.0f", $1 / 1024 }' "$work/rss")
        fi
    done
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
size=$(sqlite3 "$db" "SELECT COUNT(*) FROM cases" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')

say "sqlite3 -csv of the same rows on $db (best of $runs)"
best sh -c 'sqlite3 -csv "$1" <"$2" >"$3"' sh "$db" tests/bench/export-baseline.sql "$work/out.csv"
baseline_ms=$best_ms
for format in csv xlsx; do
    say "redress-cli export cases --format $format (best of $runs)"
    best "$cli" --db "$db" export cases --format "$format" --out "$work/out.$format"
    label=$(tr a-z A-Z <<<"$format")
    echo "| export cases to $label | $size | $best_ms | sqlite3 -csv, cases with stages, people, points and JSON lists | $baseline_ms | $(ratio "$best_ms" "$baseline_ms") | $best_mib |"
done
