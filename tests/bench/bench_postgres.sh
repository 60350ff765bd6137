#!/usr/bin/env bash
# PostgreSQL against SQLite and against psql, at the same size: `cases list --open` (the
# CLI), and the queue and its search (bench_queue on each engine). Starts a throwaway server
# (tests/postgres/with-test-server.sh) and fills it with the demo cases; the SQLite database
# is build/bench-data/demo-CASES.db, as the other benchmarks make it.
#   tests/bench/bench_postgres.sh [CASES]   (default $REDRESS_BENCH_CASES, else 100000)
# Prints rows of the shared benchmark table; progress goes to stderr. The demo on
# PostgreSQL is slow (a few hundred cases a second), so try a small size first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cases=${1:-${REDRESS_BENCH_CASES:-100000}}
if [[ -z "${REDRESS_TEST_POSTGRES_URL:-}" ]]; then
    exec tests/postgres/with-test-server.sh "$0" "$cases"
fi
cli=${REDRESS_CLI:-build/app/redress-cli/redress-cli}
queue=${REDRESS_BENCH_QUEUE:-build/tests/bench/bench_queue}
for program in "$cli" "$queue"; do
    [[ -x "$program" ]] || { echo "bench_postgres: build $program first (./dev.sh bench)" >&2; exit 1; }
done

data=build/bench-data
mkdir -p "$data"
db=$data/demo-$cases.db
if [[ ! -f "$db" ]]; then
    echo "bench_postgres: creating $db with $cases demo cases (once)" >&2
    "$cli" --db "$db.part" init >/dev/null
    "$cli" --db "$db.part" demo --cases "$cases" --years 7 >&2
    mv "$db.part" "$db"
fi
"$cli" --db "$db" init >/dev/null

server=${REDRESS_TEST_POSTGRES_URL%/*}
psql "$REDRESS_TEST_POSTGRES_URL" -qc "CREATE DATABASE bench" >&2
url=$server/bench
echo "bench_postgres: $cases demo cases on PostgreSQL (this takes a while)" >&2
"$cli" --db-url "$url" init >/dev/null
"$cli" --db-url "$url" demo --cases "$cases" --years 7 >&2
psql "$url" -qc "VACUUM ANALYZE" >&2

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
peak_mib() { # the peak resident set of one run of the command, in MiB
    /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}
row() { # operation, Redress ms, baseline, baseline ms, peak MiB
    awk -v op="$1" -v n="$cases" -v a="$2" -v base="$3" -v b="$4" -v mib="$5" \
        'BEGIN { printf "| %s | %d | %d | %s | %d | %.2f | %s |\n", op, n, a, base, b, (b > 0 ? a / b : 0), mib }'
}

# What `cases list --open` runs (CaseQuery, as the signed-in login sees the cases).
login=$(psql "$url" -Atc "SELECT session_user")
list_sql="SELECT c.id, c.reference, c.kind, c.procedure, c.state, c.current_stage, c.received_on,
 c.due_on, c.sort_complainant, c.sort_team, c.officer, c.summary, c.sort_service_area,
 c.sort_child_status, st.profile_code, st.profile_effective_from, st.requested_on,
 st.acknowledged_on, st.statement_agreed_on, st.panel_held_on, st.panel_report_on,
 st.responded_on, st.extended_to_days FROM cases c
 LEFT JOIN stage st ON st.case_id = c.id AND st.number = c.current_stage
 WHERE (c.id NOT IN (SELECT r.case_id FROM case_restriction r) OR c.id IN
 (SELECT r.case_id FROM case_restriction r WHERE r.username = '$login'))
 AND c.state IN ('received', 'open', 'suspended', 'responded')
 ORDER BY COALESCE(c.due_on, '9999-12-31') ASC, c.id ASC"

pg_ms=$(best "$cli" --db-url "$url" cases list --open)
sqlite_ms=$(best "$cli" --db "$db" cases list --open)
psql_ms=$(best psql "$url" -Atc "$list_sql")
pg_mib=$(peak_mib "$cli" --db-url "$url" cases list --open)
row "cases list --open, PostgreSQL" "$pg_ms" "psql, the same SQL" "$psql_ms" "$pg_mib"
row "cases list --open, PostgreSQL" "$pg_ms" "redress-cli on SQLite" "$sqlite_ms" "$pg_mib"

# The queue and search on each engine at the same size (bench_queue prints its own rows).
"$queue" "$cases" --db "$db"
"$queue" "$cases" --db-url "$url"
