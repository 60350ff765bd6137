#!/usr/bin/env bash
# PostgreSQL against psql running the same SQL, and against SQLite at the same size:
# `cases list --open`, the annual report, the queue and its search (bench_queue) and an import.
# Starts a throwaway server (tests/postgres/with-test-server.sh), sets the database up for a
# team (`server setup`) and fills it with the demo cases; the queue, list and report are read
# as an officer's login, bound by row-level security, with one case in a hundred restricted to
# someone else. The SQLite database is build/bench-data/demo-CASES.db, as the other benchmarks
# make it, and the CSV log its own export (as bench_import.sh makes it).
#   tests/bench/bench_postgres.sh [CASES]   (default $REDRESS_BENCH_CASES, else 100000)
# Each operation gives two rows of the shared benchmark table: against psql sending the
# statements Redress sent (taken from the server's log of one run; for the import, COPY of
# the CSV into a plain table) and against the same operation on SQLite. Progress goes to
# stderr. The demo on PostgreSQL makes about fifty cases a second here, so try 20000 first.
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
say() { echo "bench_postgres: $*" >&2; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

data=build/bench-data
mkdir -p "$data"
db=$data/demo-$cases.db
if [[ ! -f "$db" ]]; then
    say "creating $db with $cases demo cases (once)"
    "$cli" --db "$db.part" init >/dev/null
    "$cli" --db "$db.part" demo --cases "$cases" --years 7 >&2
    mv "$db.part" "$db"
fi
"$cli" --db "$db" init >/dev/null
csv=$data/log-$cases.csv
if [[ ! -f "$csv" ]]; then
    say "exporting $csv (once)"
    "$cli" --db "$db" export cases --format csv --out "$csv.part.csv" >/dev/null
    mv "$csv.part.csv" "$csv"
fi
work=$(mktemp -d "$data/postgres-XXXXXX")
trap 'rm -rf "$work"' EXIT

admin=$REDRESS_TEST_POSTGRES_URL
server=${admin%/*}
port=${server##*:}
url=$server/bench
officer=postgresql://bench.officer@127.0.0.1:$port/bench
psql "$admin" -qc "CREATE DATABASE bench" >&2
"$cli" --db-url "$url" server setup >/dev/null
say "$cases demo cases on PostgreSQL (this takes a while); load $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
"$cli" --db-url "$url" demo --cases "$cases" --years 7 >&2
say "demo on PostgreSQL: $(($(date +%s) - start)) s"
for login in bench.officer bench.other; do
    "$cli" --db-url "$url" users add "$login" --role officer --no-password >/dev/null
done
psql "$url" -qc "INSERT INTO case_restriction (case_id, username)
                 SELECT id, 'bench.other' FROM cases WHERE id % 100 = 7" >&2
psql "$url" -qc "VACUUM ANALYZE" >&2

best() { # runs the command three times, prints the fastest wall time in ms
    local fastest=0 start end elapsed
    for _ in 1 2 3; do
        rm -f "$work"/out.*
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || { say "failed: $*"; "$@" >&2 || true; exit 1; }
        end=$(date +%s%N)
        elapsed=$(((end - start) / 1000000))
        ((fastest == 0 || elapsed < fastest)) && fastest=$elapsed
    done
    echo "$fastest"
}
peak_mib() { # the peak resident set of one run of the command, in MiB
    rm -f "$work"/out.*
    /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}
row() { # operation, Redress ms, baseline, baseline ms, peak MiB
    awk -v op="$1" -v n="$cases" -v a="$2" -v base="$3" -v b="$4" -v mib="$5" \
        'BEGIN { printf "| %s | %d | %d | %s | %d | %.2f | %s |\n", op, n, a, base, b, (b > 0 ? a / b : 0), mib }'
}

# The statements one run of a command sends, as a script psql can send again: the server logs
# every statement while it runs (prepared statements as their PREPARE and EXECUTE).
log=$(dirname "$(psql "$admin" -Atc "SHOW data_directory")")/server.log
capture() { # file command...
    local file=$1 before
    shift
    before=$(wc -l <"$log")
    psql "$admin" -qc "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
    rm -f "$work"/out.*
    "$@" >/dev/null 2>&1
    psql "$admin" -qc "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
    tail -n +"$((before + 1))" "$log" | awk '
        /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / {
            if (s != "" && s !~ /pg_reload_conf|log_min_duration_statement/) print s ";"
            s = ""
            if (match($0, /duration: [0-9.]+ ms  statement: /)) s = substr($0, RSTART + RLENGTH)
            next
        }
        /^\t/ { if (s != "") s = s "\n" substr($0, 2); next }
        END { if (s != "" && s !~ /pg_reload_conf|log_min_duration_statement/) print s ";" }' >"$file"
    say "$(basename "$file"): $(grep -c ';$' "$file") statements"
}
compare() { # operation, sqlite-args (one string), pg-args...: the two rows of one operation
    local operation=$1 sqlite_args=$2 pg_ms psql_ms sqlite_ms mib
    shift 2
    capture "$work/sent.sql" "$cli" --db-url "$officer" "$@"
    pg_ms=$(best "$cli" --db-url "$officer" "$@")
    psql_ms=$(best psql "$officer" -X -q -o /dev/null -f "$work/sent.sql")
    # shellcheck disable=SC2086 # the SQLite arguments are one word each
    sqlite_ms=$(best "$cli" --db "$db" $sqlite_args)
    mib=$(peak_mib "$cli" --db-url "$officer" "$@")
    row "$operation, PostgreSQL" "$pg_ms" "psql, the same SQL" "$psql_ms" "$mib"
    row "$operation, PostgreSQL" "$pg_ms" "redress-cli on SQLite" "$sqlite_ms" "$mib"
}

compare "cases list --open" "cases list --open" cases list --open
year=$(($(date +%Y) - (10#$(date +%m) < 4 ? 2 : 1)))
report=(report annual --year "$year" --format json --out "$work/out.json")
compare "annual report $year/$(((year + 1) % 100))" "${report[*]}" "${report[@]}"

# The queue and search: bench_queue on each engine (each row its best of three), then the
# whole PostgreSQL run against psql sending every statement it sent.
"$queue" "$cases" --db "$db" >"$work/queue-sqlite" 2>/dev/null
"$queue" "$cases" --db-url "$officer" >"$work/queue-pg" 2>/dev/null
# A row's key leaves out the engine and the order named as the slowest (each names its own).
awk -F'|' 'function key(op) { sub(/ \(PostgreSQL\)/, "", op); sub(/ \([^()]*\) *$/, "", op); return op }
    NR == FNR { ms[key($2)] = $4 + 0; next } {
        op = $2; sub(/^ +/, "", op); sub(/ +$/, "", op); b = ms[key($2)]
        printf "| %s | %d | %.1f | bench_queue on SQLite | %.1f | %.2f | %.1f |\n",
            op, $3, $4, b, (b > 0 ? $4 / b : 0), $8 }' "$work/queue-sqlite" "$work/queue-pg"
capture "$work/queue.sql" "$queue" "$cases" --db-url "$officer"
queue_ms=$(best "$queue" "$cases" --db-url "$officer")
queue_psql_ms=$(best psql "$officer" -X -q -o /dev/null -f "$work/queue.sql")
row "queue: every view and order, whole run, PostgreSQL" "$queue_ms" "psql, the same SQL" \
    "$queue_psql_ms" "$(peak_mib "$queue" "$cases" --db-url "$officer")"

# Import of the demo's own CSV export, each into a new database, once (it takes a while).
psql "$admin" -qc "CREATE DATABASE imported" >&2
"$cli" --db-url "$server/imported" init >/dev/null
start=$(date +%s%N)
/usr/bin/time -f %M -o "$work/rss" "$cli" --db-url "$server/imported" import "$csv" >/dev/null 2>&1
pg_import_ms=$((($(date +%s%N) - start) / 1000000))
pg_import_mib=$(awk '{ printf "%.1f", $1 / 1024 }' "$work/rss")
"$cli" --db "$work/imported.db" init >/dev/null
start=$(date +%s%N)
"$cli" --db "$work/imported.db" import "$csv" >/dev/null 2>&1
sqlite_import_ms=$((($(date +%s%N) - start) / 1000000))
# COPY of the same file into one plain table, a text column for each of its columns.
columns=$(head -n 1 "$csv" | sed 's/^\xEF\xBB\xBF//' | tr ',' '\n' | awk '{ printf "%sc%d text", (NR > 1 ? ", " : ""), NR }')
copy_ms=0
for _ in 1 2 3; do
    psql "$url" -qc "DROP TABLE IF EXISTS bench_copy" -c "CREATE TABLE bench_copy ($columns)" >&2
    start=$(date +%s%N)
    psql "$url" -qc "\\copy bench_copy FROM '$csv' WITH (FORMAT csv, HEADER true)" >&2
    elapsed=$((($(date +%s%N) - start) / 1000000))
    ((copy_ms == 0 || elapsed < copy_ms)) && copy_ms=$elapsed
done
row "import CSV, PostgreSQL" "$pg_import_ms" "psql COPY of the CSV" "$copy_ms" "$pg_import_mib"
row "import CSV, PostgreSQL" "$pg_import_ms" "redress-cli on SQLite" "$sqlite_import_ms" "$pg_import_mib"
say "done; load $(cut -d' ' -f1-3 /proc/loadavg)"
