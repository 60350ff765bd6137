#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server, for the team-mode (PostgreSQL) tests:
#   tests/postgres/with-test-server.sh ctest --test-dir build --output-on-failure
#   tests/postgres/with-test-server.sh bash -c 'psql "$REDRESS_TEST_POSTGRES_URL" -c "select 1"'
# The server lives in a fresh temporary folder, listens on 127.0.0.1 only (and on a Unix
# socket inside that folder), trusts every local connection (but asks logins in the group
# redress_password_signin for their password), and is stopped and removed
# when the command ends, however it ends. The command sees
#   REDRESS_TEST_POSTGRES_URL=postgresql://redress@127.0.0.1:PORT/postgres
# and each test creates (and drops) its own database through it. The script exits with the
# command's status. Needs Debian's postgresql package; PGBINDIR overrides the server folder.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

say() { echo "with-test-server: $*" >&2; }

# Debian installs each major version under /usr/lib/postgresql/<version>/bin; take the newest.
bindir=${PGBINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [[ -z "$bindir" || ! -x "$bindir/initdb" || ! -x "$bindir/pg_ctl" ]]; then
    say "no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)"
    exit 1
fi

# initdb and the server refuse to run as root: as root they run as the package's own user.
as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
    if ! id -u postgres >/dev/null 2>&1; then
        say "running as root, but there is no 'postgres' user to run the server as"
        exit 1
    fi
    as_server_user=(runuser -u postgres --)
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/redress-pg.XXXXXX")
data=$folder/data
started=0

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    if [[ $started -eq 1 ]]; then
        "${as_server_user[@]}" "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ${#as_server_user[@]} -gt 0 ]]; then
    chown postgres: "$folder"
fi

# A port nothing listens on: one the kernel hands out if python3 is there, otherwise the
# first of 54320... that refuses a connection. Start is retried on another port if the
# chosen one is taken in the meantime.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
    local port
    if command -v python3 >/dev/null 2>&1 &&
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null) &&
        port_is_free "$port"; then
        echo "$port"
        return 0
    fi
    for ((port = 54320 + RANDOM % 200; port < 54720; port++)); do
        if port_is_free "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

if ! "${as_server_user[@]}" "$bindir/initdb" -D "$data" --auth=trust -U redress \
    --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1; then
    cat "$folder/initdb.log" >&2
    say "initdb failed"
    exit 1
fi

# Logins in the group redress_password_signin (which the sign-in tests create) must give a
# password, as a council's server asks its people; every other local connection is trusted.
"${as_server_user[@]}" sed -i '1i host all +redress_password_signin 127.0.0.1/32 scram-sha-256\nlocal all +redress_password_signin scram-sha-256' "$data/pg_hba.conf"

for attempt in 1 2 3 4 5; do
    port=$(pick_port) || { say "no free port on 127.0.0.1"; exit 1; }
    # The settings go into the server's own configuration rather than on its command line,
    # so a folder name with spaces cannot split them.
    "${as_server_user[@]}" tee -a "$data/postgresql.conf" >/dev/null <<EOF
# with-test-server.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
    if "${as_server_user[@]}" "$bindir/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 60 start >/dev/null; then
        started=1
        break
    fi
    if ! grep -q "could not bind\|Address already in use" "$folder/server.log" 2>/dev/null || [[ $attempt -eq 5 ]]; then
        cat "$folder/server.log" >&2 || true
        say "the server did not start"
        exit 1
    fi
    say "port $port was taken, trying another"
done

export REDRESS_TEST_POSTGRES_URL="postgresql://redress@127.0.0.1:$port/postgres"
say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (REDRESS_TEST_POSTGRES_URL)"

# The command runs as a child that this script waits for, so that a signal (Ctrl+C, a CI
# timeout) is passed on to it and the server is still stopped and removed afterwards.
exec 3<&0
"$@" <&3 3<&- &
child=$!
exec 3<&-
for signal in HUP INT TERM; do
    trap "kill -$signal $child 2>/dev/null || true" "$signal"
done
set +e
wait "$child"
status=$?
while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
done
set -e
exit "$status"
