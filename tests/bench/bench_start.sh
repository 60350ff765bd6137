#!/usr/bin/env bash
# Start: how long the desktop program takes to show the queue's first rows on a large demo
# database, measured by the program itself (REDRESS_MEASURE_START: from creating the main
# window to painting it with rows), offscreen, against the sqlite3 shell reading the same
# first page of open cases.
#   tests/bench/bench_start.sh [CASES]   (default $REDRESS_BENCH_CASES, else 100000)
# Prints rows of the shared benchmark table; progress goes to stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cases=${1:-${REDRESS_BENCH_CASES:-100000}}
cli=${REDRESS_CLI:-build/app/redress-cli/redress-cli}
app=${REDRESS_APP:-build/app/redress/redress}
for program in "$cli" "$app"; do
    [[ -x "$program" ]] || { echo "bench_start: build $program first (./dev.sh bench builds it)" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "bench_start: needs the sqlite3 shell" >&2; exit 1; }

data=build/bench-data
mkdir -p "$data"
db=$data/demo-$cases.db
if [[ ! -f "$db" ]]; then
    echo "bench_start: creating $db with $cases demo cases (once)" >&2
    "$cli" --db "$db.part" init >/dev/null
    "$cli" --db "$db.part" demo --cases "$cases" --years 7 >&2
    mv "$db.part" "$db"
fi
# Upgraded once (as the program would on its first start), so that is not timed.
"$cli" --db "$db" init >/dev/null

settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
best_ms=0 peak_kb=0
for _ in 1 2 3; do
    line=$(XDG_CONFIG_HOME=$settings QT_QPA_PLATFORM=offscreen REDRESS_MEASURE_START=1 \
        /usr/bin/time -f "peak_kb=%M" "$app" --db "$db" 2>&1 >/dev/null | grep -E "redress-start|peak_kb" | tr '\n' ' ')
    echo "bench_start: $line" >&2
    ms=$(sed -n 's/.*window_ms=\([0-9.]*\).*/\1/p' <<<"$line")
    kb=$(sed -n 's/.*peak_kb=\([0-9]*\).*/\1/p' <<<"$line")
    [[ -n "$ms" ]] || { echo "bench_start: the program printed no start time" >&2; exit 1; }
    if [[ $best_ms == 0 ]] || awk -v a="$ms" -v b="$best_ms" 'BEGIN { exit !(a < b) }'; then
        best_ms=$ms
    fi
    ((kb > peak_kb)) && peak_kb=$kb
done

sql="SELECT id, reference FROM cases WHERE state IN ('received', 'open', 'suspended', 'responded') ORDER BY COALESCE(due_on, '9999-12-31'), id LIMIT 200;"
baseline_ms=0
for _ in 1 2 3; do
    start=$(date +%s%N)
    sqlite3 "$db" "$sql" >/dev/null
    end=$(date +%s%N)
    elapsed=$(((end - start) / 1000000))
    ((baseline_ms == 0 || elapsed < baseline_ms)) && baseline_ms=$elapsed
done
size=$(sqlite3 "$db" "SELECT COUNT(*) FROM cases")
awk -v op="start: window to first queue rows" -v n="$size" -v a="$best_ms" -v b="$baseline_ms" -v kb="$peak_kb" \
    'BEGIN { printf "| %s | %d | %.1f | sqlite3 shell: first 200 open cases | %d | %.2f | %.1f |\n", op, n, a, b, (b > 0 ? a / b : 0), kb / 1024 }'
