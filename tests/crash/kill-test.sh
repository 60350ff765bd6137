#!/usr/bin/env bash
# Kills redress-cli's import, demo, backup and restore with SIGKILL at random moments and
# checks what a crash leaves: SQLite's integrity check passes, "redress-cli check" passes, the
# case count is the one before or the one after the command (never in between), and a killed
# backup leaves no file at its target.
#
#   tests/crash/kill-test.sh REDRESS_CLI [TRIALS_PER_COMMAND]
#
# Registered with ctest as CrashKill. Needs bash, sqlite3 and GNU coreutils.
set -euo pipefail

cli=${1:?usage: kill-test.sh REDRESS_CLI [TRIALS]}
trials=${2:-5}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
RANDOM=${CRASH_SEED:-$$}
echo "kill-test: seed ${CRASH_SEED:-$$} (set CRASH_SEED to repeat), $trials trials per command"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

count() { sqlite3 "$1" 'SELECT COUNT(*) FROM cases'; }

# Seconds (fractional) a run of the command takes, to spread the kills over its whole length.
measure() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

# Runs the command in the background and kills it after a random part of `ms` milliseconds.
kill_during() {
    local ms=$1
    shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    # A little past the end too: some kills land during the commit, some after it.
    local span=$((ms * 5 / 4 + 1))
    local delay=$((RANDOM % span))
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# The database a killed command leaves must be whole, pass Redress's check, and hold either
# the cases it held before or those it would hold after.
verify() {
    local what=$1 db=$2 before=$3 after=$4
    local integrity cases
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1 || true)
    [[ $integrity == ok ]] || fail "$what: integrity_check says: $integrity"
    "$cli" --db "$db" check >/dev/null 2>&1 || fail "$what: redress-cli check failed"
    cases=$(count "$db" 2>&1 || true)
    if [[ $cases == "$before" ]]; then
        landed_before=$((landed_before + 1))
    elif [[ $cases == "$after" ]]; then
        landed_after=$((landed_after + 1))
    else
        fail "$what: $cases cases, expected $before (before) or $after (after)"
    fi
}
landed_before=0
landed_after=0

# A log of 1,500 complaints, imported in one transaction.
log="$work/log.csv"
head -1 "$source_dir/tests/data/legacy-log/legacy-log.csv" >"$log"
for i in $(seq 1 1500); do
    printf '2020/%04d,03/06/2020,Complaint,Assessment team,Communication,Email,04/06/2020,N,15/06/2020,Upheld,,,,Person %d\n' \
        "$i" "$i" >>"$log"
done

base="$work/base.sqlite"
"$cli" --db "$base" init >/dev/null
"$cli" --db "$base" demo --cases 200 >/dev/null
sqlite3 "$base" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
before=$(count "$base")
# The demo generator commits 500 cases at a time: one batch is all or nothing.
demo_cases=500

fresh() { # a copy of the starting database, without WAL or SHM
    rm -f "$1" "$1-wal" "$1-shm" "$1-journal"
    cp "$base" "$1"
}

# What each command leaves when it is not killed, and how long it takes.
db="$work/db.sqlite"
fresh "$db"
import_ms=$(measure "$cli" --db "$db" import "$log")
import_after=$(count "$db")
[[ $import_after -gt $before ]] || fail "the import added no cases (check the generated log)"
fresh "$db"
demo_ms=$(measure "$cli" --db "$db" demo --cases "$demo_cases" --seed 7)
demo_after=$((before + demo_cases))
[[ $(count "$db") == "$demo_after" ]] || fail "demo did not add $demo_cases cases"
fresh "$db"
backup_ms=$(measure "$cli" --db "$db" backup --to "$work/probe.bak")
[[ -f $work/probe.bak ]] || fail "an uninterrupted backup made no file"
# Restore goes back from `before + 50` cases to the backup's `before`.
backup="$work/base.bak"
"$cli" --db "$base" backup --to "$backup" >/dev/null
fresh "$db"
"$cli" --db "$db" demo --cases 50 --seed 3 >/dev/null
grown="$work/grown.sqlite"
cp "$db" "$grown"
sqlite3 "$grown" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
restore_ms=$(measure "$cli" --db "$db" restore --from "$backup" --force)
[[ $(count "$db") == "$before" ]] || fail "an uninterrupted restore did not give $before cases"
echo "kill-test: before $before cases; import ${import_ms} ms, demo ${demo_ms} ms," \
    "backup ${backup_ms} ms, restore ${restore_ms} ms"

for trial in $(seq 1 "$trials"); do
    fresh "$db"
    kill_during "$import_ms" "$cli" --db "$db" import "$log"
    verify "import #$trial" "$db" "$before" "$import_after"

    fresh "$db"
    kill_during "$demo_ms" "$cli" --db "$db" demo --cases "$demo_cases" --seed 7
    verify "demo #$trial" "$db" "$before" "$demo_after"

    fresh "$db"
    target="$work/backup-$trial.bak"
    kill_during "$backup_ms" "$cli" --db "$db" backup --to "$target"
    verify "backup #$trial" "$db" "$before" "$before"
    if [[ -e $target ]]; then
        # Only a whole, checked backup may be there: the kill came after the rename.
        [[ $(sqlite3 "$target" 'PRAGMA integrity_check' 2>&1) == ok ]] ||
            fail "backup #$trial: a damaged file was left at the target"
        [[ $(count "$target") == "$before" ]] || fail "backup #$trial: incomplete backup left"
    fi

    rm -f "$db" "$db-wal" "$db-shm"
    cp "$grown" "$db"
    kill_during "$restore_ms" "$cli" --db "$db" restore --from "$backup" --force
    verify "restore #$trial" "$db" "$((before + 50))" "$before"
done

# A backup killed at once, before it can finish, must leave nothing at its target.
fresh "$db"
for trial in $(seq 1 "$trials"); do
    target="$work/early-$trial.bak"
    kill_during 20 "$cli" --db "$db" backup --to "$target"
    [[ ! -e $target ]] || [[ $(count "$target") == "$before" ]] ||
        fail "early backup #$trial left a partial file"
done

if ((failures > 0)); then
    echo "kill-test: $failures failures" >&2
    exit 1
fi
echo "kill-test: every killed command left the database whole" \
    "($landed_before kills left it as before, $landed_after as after)"
