#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server on 127.0.0.1, for the team-mode tests.
# The server lives in a temporary folder, listens on loopback only, and is stopped and
# removed when the command ends. The command sees REDRESS_TEST_POSTGRES_URL.
#   tests/postgres/with-test-server.sh ctest --output-on-failure
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "with-test-server: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/redress-pg.XXXXXX")
as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
    # initdb refuses to run as root; the postgres package's own user runs the server.
    chown postgres "$folder"
    as_server_user=(runuser -u postgres --)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)

stop() {
    "${as_server_user[@]}" "$bindir/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop EXIT

"${as_server_user[@]}" "$bindir/initdb" -D "$folder/data" --auth=trust -U redress \
    --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
    { cat "$folder/initdb.log" >&2; exit 1; }
"${as_server_user[@]}" "$bindir/pg_ctl" -D "$folder/data" -w -l "$folder/server.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }

export REDRESS_TEST_POSTGRES_URL="postgresql://redress@127.0.0.1:$port/postgres"
echo "with-test-server: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
set +e
"$@"
status=$?
set -e
exit $status
