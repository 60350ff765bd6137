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
# Where MIT Kerberos's KDC is installed (krb5-kdc, krb5-admin-server, krb5-user), a throwaway
# realm REDRESS.TEST runs beside it on 127.0.0.1 too, and the server signs in the login
# redress_kerberos_officer by Kerberos only (GSSAPI, as a council's domain would); the command
# then sees REDRESS_TEST_KRB5_CONFIG, REDRESS_TEST_KERBEROS_LOGIN and its
# REDRESS_TEST_KERBEROS_PASSWORD (for kinit), and connects as it to host "localhost".
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
kdc_pid=

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    if [[ $started -eq 1 ]]; then
        "${as_server_user[@]}" "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [[ -n "$kdc_pid" ]]; then
        kill "$kdc_pid" 2>/dev/null || true
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

# A Kerberos realm of its own on loopback, when the KDC is installed: the KDC, a service
# principal for the server (in a keytab the server reads) and one person's principal.
kerberos=0
kerberos_login=redress_kerberos_officer
start_kdc() {
    local krb=$folder/krb kdc_port
    kdc_port=$(pick_port) || return 1
    mkdir -p "$krb"
    printf '%s\n' '[libdefaults]' '    default_realm = REDRESS.TEST' \
        '    dns_lookup_kdc = false' '    dns_lookup_realm = false' \
        '    dns_canonicalize_hostname = false' '    rdns = false' \
        '    udp_preference_limit = 1' '[realms]' '    REDRESS.TEST = {' \
        "        kdc = 127.0.0.1:$kdc_port" '    }' >"$krb/krb5.conf"
    printf '%s\n' '[kdcdefaults]' "    kdc_listen = 127.0.0.1:$kdc_port" \
        "    kdc_tcp_listen = 127.0.0.1:$kdc_port" '[realms]' '    REDRESS.TEST = {' \
        "        database_name = $krb/principal" "        key_stash_file = $krb/stash" \
        "        acl_file = $krb/kadm5.acl" "        kdc_listen = 127.0.0.1:$kdc_port" \
        "        kdc_tcp_listen = 127.0.0.1:$kdc_port" '    }' '[logging]' \
        "    kdc = FILE:$krb/kdc.log" >"$krb/kdc.conf"
    : >"$krb/kadm5.acl"
    kerberos_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    export KRB5_CONFIG=$krb/krb5.conf KRB5_KDC_PROFILE=$krb/kdc.conf
    if ! { kdb5_util -r REDRESS.TEST create -s -P "$(head -c 18 /dev/urandom | base64)" &&
        kadmin.local -r REDRESS.TEST -q "addprinc -randkey postgres/localhost" &&
        kadmin.local -r REDRESS.TEST -q "ktadd -k $krb/server.keytab postgres/localhost" &&
        kadmin.local -r REDRESS.TEST -q "addprinc -pw $kerberos_password $kerberos_login" &&
        krb5kdc -r REDRESS.TEST -P "$krb/kdc.pid"; } >"$krb/setup.log" 2>&1; then
        cat "$krb/setup.log" >&2
        unset KRB5_CONFIG KRB5_KDC_PROFILE
        return 1
    fi
    unset KRB5_KDC_PROFILE
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [[ -s "$krb/kdc.pid" ]] && break
        sleep 0.2
    done
    kdc_pid=$(cat "$krb/kdc.pid")
    if [[ ${#as_server_user[@]} -gt 0 ]]; then
        chown -R postgres: "$krb"
    fi
    chmod 755 "$krb"
    chmod 644 "$krb/krb5.conf"
}
if command -v krb5kdc >/dev/null && command -v kdb5_util >/dev/null &&
    command -v kadmin.local >/dev/null && command -v kinit >/dev/null; then
    if [[ -n "$folder" ]] && start_kdc; then
        kerberos=1
        "${as_server_user[@]}" sed -i "1i host all $kerberos_login 127.0.0.1/32 gss include_realm=0" "$data/pg_hba.conf"
        echo "krb_server_keyfile = 'FILE:$folder/krb/server.keytab'" |
            "${as_server_user[@]}" tee -a "$data/postgresql.conf" >/dev/null
    else
        say "the Kerberos realm did not start; the Kerberos sign-in test will be skipped"
    fi
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
    if "${as_server_user[@]}" env ${KRB5_CONFIG:+KRB5_CONFIG="$KRB5_CONFIG"} "$bindir/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 60 start >/dev/null; then
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
if [[ $kerberos -eq 1 ]]; then
    # Only the test that signs in by Kerberos uses the realm; everything else runs as before.
    export REDRESS_TEST_KRB5_CONFIG=$KRB5_CONFIG REDRESS_TEST_KERBEROS_LOGIN=$kerberos_login
    export REDRESS_TEST_KERBEROS_PASSWORD=$kerberos_password
    unset KRB5_CONFIG
    say "Kerberos realm REDRESS.TEST on 127.0.0.1 ($kerberos_login signs in with a ticket)"
fi
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
