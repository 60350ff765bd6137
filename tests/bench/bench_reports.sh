#!/usr/bin/env bash
# The annual report on a large demo database, against the same counts run directly as GROUP BY
# queries in the sqlite3 shell (report-baseline.sql), in the same run on the same file.
#   tests/bench/bench_reports.sh [CASES]     (else REDRESS_BENCH_CASES, else 100000)
# The database is kept in build/bench-data and reused. Prints one row of the benchmark table:
#   | operation | size | Redress ms | baseline | baseline ms | ratio | peak MiB |
# each time the best of REDRESS_BENCH_RUNS runs (default 3), the peak being the maximum
# resident set of redress-cli (GNU time) in its fastest run. Progress goes to stderr. A run
# that fails stops the benchmark with its error and a non-zero status: a failing command is
# fast, and its time must never stand in for the report's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cases=${1:-${REDRESS_BENCH_CASES:-100000}}
runs=${REDRESS_BENCH_RUNS:-3}
cli=${REDRESS_CLI:-build/app/redress-cli/redress-cli}
say() { echo "bench_reports: $*" >&2; }
[[ "$cases" =~ ^[0-9]+$ && "$runs" =~ ^[0-9]+$ && "$runs" -gt 0 ]] ||
    { say "usage: bench_reports.sh [CASES] (REDRESS_BENCH_RUNS a positive number)"; exit 2; }
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

# The last complete financial year, against the one before (10# keeps "08" and "09" decimal).
year=$(($(date +%Y) - (10#$(date +%m) < 4 ? 2 : 1)))
first=$year-04-01 last=$((year + 1))-03-31 pfirst=$((year - 1))-04-01 plast=$year-03-31
{
    echo ".bail on"
    echo ".parameter init"
    for name in first last pfirst plast; do
        echo ".parameter set :$name \"'${!name}'\""
    done
    cat tests/bench/report-baseline.sql
} >"$work/baseline.sql"

# Runs the command `runs` times; sets best_ms to the fastest wall time, and best_mib and
# best_cpu to that run's maximum resident set and CPU seconds (user + system). Each run starts
# with no output file, since the report refuses to replace one. On a shared machine the CPU
# time says more than the wall clock, so each run's is printed to stderr.
best_ms=0 best_mib=0 best_cpu=0
best() {
    local start elapsed cpu
    best_ms=0
    for ((run = 1; run <= runs; ++run)); do
        rm -f "$work"/out.*
        start=$(date +%s%N)
        /usr/bin/time -f "%M %U %S" -o "$work/rss" "$@" >/dev/null 2>"$work/err" ||
            { say "failed: $*"; cat "$work/err" >&2; exit 1; }
        elapsed=$((($(date +%s%N) - start) / 1000000))
        cpu=$(awk '{ printf "%.2f", $2 + $3 }' "$work/rss")
        say "  run $run: ${elapsed} ms wall, ${cpu} s CPU"
        if ((best_ms == 0 || elapsed < best_ms)); then
            best_ms=$elapsed
            best_mib=$(awk '{ printf "%.0f", $1 / 1024 }' "$work/rss")
            best_cpu=$cpu
        fi
    done
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
size=$(sqlite3 "$db" "SELECT COUNT(*) FROM cases")

say "sqlite3, the same GROUP BY counts for $year/$(((year + 1) % 100)) on $db (best of $runs)"
best sqlite3 "$db" ".read $work/baseline.sql"
baseline_ms=$best_ms baseline_cpu=$best_cpu
say "redress-cli report annual --year $year --format json (best of $runs)"
best "$cli" --db "$db" report annual --year "$year" --format json --out "$work/out.json"
# A report with no tables would be as fast as a failure: check it wrote one.
[[ -s "$work/out.json" ]] || { say "the report wrote nothing"; exit 1; }
say "fastest runs: redress-cli ${best_cpu} s CPU, sqlite3 ${baseline_cpu} s CPU (ratio $(ratio "$best_cpu" "$baseline_cpu")); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| annual report $year/$(((year + 1) % 100)) | $size | $best_ms | sqlite3, the same GROUP BY counts | $baseline_ms | $(ratio "$best_ms" "$baseline_ms") | $best_mib |"
