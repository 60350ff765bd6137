#!/usr/bin/env bash
# Importing a large complaint log, from CSV and from XLSX, against the sqlite3 shell on the
# same machine in the same run.
#   tests/bench/bench_import.sh [CASES]    (else REDRESS_BENCH_CASES, else 100000)
# The logs are Redress's own exports of a demo database of that many cases (all kept in
# build/bench-data and reused), so every row is a complete case with its stages, points and
# outcomes. Prints rows of the shared benchmark table to stdout (no header):
#   | operation | size | Redress ms | baseline | baseline ms | ratio | peak MiB |
# against three baselines:
#   - sqlite3 loading a .dump of the database the CSV import produced (the same rows, indexes
#     and search index written with no checking): the bare cost of writing the result;
#   - sqlite3 .import of the CSV into one plain table (no index, every value as text);
#   - for the XLSX import, Redress's own import of the same rows as CSV.
# The sqlite3 baselines are the best of three; each Redress import runs REDRESS_BENCH_RUNS
# times (default 1: an import at 100,000 rows takes a while) and the best is given. Peak MiB
# is the Redress process's maximum resident set (GNU time). Progress, with each import's CPU
# time (user and system), goes to stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cli=${REDRESS_CLI:-build/app/redress-cli/redress-cli}
say() { echo "bench_import: $*" >&2; }
[[ -x "$cli" ]] || { say "build redress-cli first (./dev.sh bench builds it)"; exit 1; }
command -v sqlite3 >/dev/null || { say "needs the sqlite3 shell (apt-get install sqlite3)"; exit 1; }
[[ -x /usr/bin/time ]] || { say "needs GNU time for peak memory (apt-get install time)"; exit 1; }
cases=${1:-${REDRESS_BENCH_CASES:-100000}}
runs=${REDRESS_BENCH_RUNS:-1}
[[ "$cases" =~ ^[0-9]+$ && "$runs" =~ ^[0-9]+$ && "$runs" -gt 0 ]] ||
    { say "usage: bench_import.sh [CASES] (REDRESS_BENCH_RUNS a positive number)"; exit 2; }

data=build/bench-data
mkdir -p "$data"
work=$(mktemp -d "$data/import-XXXXXX")
trap 'rm -rf "$work"' EXIT

db=$data/demo-$cases.db
if [[ ! -f "$db" ]]; then
    say "creating $db with $cases demo cases over 7 years (once; this takes a while)"
    "$cli" --db "$db.part" init >/dev/null
    "$cli" --db "$db.part" demo --cases "$cases" --years 7 | tail -n 1 >&2
    mv "$db.part" "$db"
fi
for format in csv xlsx; do
    log=$data/log-$cases.$format
    if [[ ! -f "$log" ]]; then
        say "exporting $log (once)"
        "$cli" --db "$db" export cases --format "$format" --out "$log.part.$format" >/dev/null
        mv "$log.part.$format" "$log"
    fi
done
csv=$data/log-$cases.csv
xlsx=$data/log-$cases.xlsx
rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM cases")
say "$rows cases: $(du -h "$csv" | cut -f1) CSV, $(du -h "$xlsx" | cut -f1) XLSX; load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

now_ns() { date +%s%N; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
row() { # operation redress_ms baseline baseline_ms peak
    echo "| $1 | $cases | $2 | $3 | $4 | $(ratio "$2" "$4") | $5 |"
}

# Redress importing `log` into a fresh database `target`, best of $runs; sets ms and peak.
ms=0 peak=0
redress_import() {
    local log=$1 target=$2 start elapsed imported
    ms=0 peak=0
    for ((run = 1; run <= runs; run++)); do
        rm -f "$target" "$target"-wal "$target"-shm
        "$cli" --db "$target" init >/dev/null
        start=$(now_ns)
        /usr/bin/time -f '%M %U %S' -o "$work/rss" "$cli" --db "$target" import "$log" >/dev/null
        elapsed=$((($(now_ns) - start) / 1000000))
        imported=$(sqlite3 "$target" "SELECT COUNT(*) FROM cases")
        [[ "$imported" -eq "$rows" ]] || { say "$imported of $rows imported from $log"; exit 1; }
        ((ms == 0 || elapsed < ms)) && ms=$elapsed
        read -r rss user system <"$work/rss"
        peak=$(awk -v k="$rss" -v p="$peak" 'BEGIN { m = k / 1024; printf "%.0f", (m > p ? m : p) }')
        # CPU time too: on a shared, loaded machine the wall clock says more about the others.
        say "redress-cli import $(basename "$log"): $elapsed ms, CPU $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') s, peak $peak MiB"
    done
}

# The fastest of three runs of a sqlite3 shell command on a fresh database, in ms.
best_sqlite() { # input-file-or-empty sqlite3-arguments...
    local input=$1 fastest=0 start elapsed
    shift
    for _ in 1 2 3; do
        rm -f "$work/baseline.db" "$work/baseline.db"-wal "$work/baseline.db"-shm
        start=$(now_ns)
        if [[ -n "$input" ]]; then
            sqlite3 "$work/baseline.db" "$@" <"$input" >/dev/null
        else
            sqlite3 "$work/baseline.db" "$@" >/dev/null
        fi
        elapsed=$((($(now_ns) - start) / 1000000))
        ((fastest == 0 || elapsed < fastest)) && fastest=$elapsed
    done
    echo "$fastest"
}

redress_import "$csv" "$work/redress-csv.db"
csv_ms=$ms csv_peak=$peak
# The CPU time (user and system) of its last run, which compares where the wall clock does
# not on a loaded machine.
cpu_ms() { awk '{ printf "%.0f", ($2 + $3) * 1000 }' "$work/rss"; }
csv_cpu=$(cpu_ms)
sqlite3 "$work/redress-csv.db" .dump >"$work/dump.sql"
dump_ms=$(best_sqlite "$work/dump.sql")
say "sqlite3 loading the .dump ($(du -h "$work/dump.sql" | cut -f1)): $dump_ms ms"
import_ms=$(best_sqlite "" ".import --csv $csv log")
say "sqlite3 .import --csv: $import_ms ms"
rm -f "$work/dump.sql" "$work"/redress-csv.db*

redress_import "$xlsx" "$work/redress-xlsx.db"
xlsx_ms=$ms xlsx_peak=$peak
xlsx_cpu=$(cpu_ms)

# The readers alone (bench_read, built with the benchmarks): the CPU time of reading every row
# of each log, apart from the import, and the peak memory of reading the XLSX.
reader=${REDRESS_BENCH_READ:-build/tests/bench/bench_read}
read_xlsx_ms=0 read_csv_ms=0 read_peak=0
if [[ -x "$reader" ]]; then
    read_cpu() { sed -n 's/.* \([0-9.]*\) s of CPU$/\1/p' | awk '{ printf "%.0f", $1 * 1000 }'; }
    read_csv_ms=$("$reader" "$csv" | read_cpu)
    read_xlsx_ms=$(/usr/bin/time -f %M -o "$work/rss" "$reader" "$xlsx" | read_cpu)
    read_peak=$(awk '{ printf "%.0f", $1 / 1024 }' "$work/rss")
    say "reading alone: CSV $read_csv_ms ms, XLSX $read_xlsx_ms ms of CPU, XLSX peak $read_peak MiB"
else
    say "no $reader (configure with -DREDRESS_BUILD_BENCHMARKS=ON): reading alone not measured"
fi

row "import CSV" "$csv_ms" "sqlite3 loading a .dump of the result" "$dump_ms" "$csv_peak"
row "import CSV" "$csv_ms" "sqlite3 .import of the CSV" "$import_ms" "$csv_peak"
row "import XLSX" "$xlsx_ms" "Redress importing the same rows as CSV" "$csv_ms" "$xlsx_peak"
row "import XLSX, CPU ms" "$xlsx_cpu" "the same, CPU ms" "$csv_cpu" "$xlsx_peak"
if ((read_xlsx_ms > 0)); then
    row "read XLSX alone, CPU ms" "$read_xlsx_ms" "reading the same rows as CSV" "$read_csv_ms" "$read_peak"
fi
