#!/usr/bin/env bash
# Proves a built tree installs and runs outside the build folder (./dev.sh test runs this):
#   1. cmake --install into a staging folder; the install itself fails when a program cannot
#      resolve a library it imports (cmake/CheckInstallTree.cmake, the check a Windows install
#      makes for missing DLLs), and ldd says the same of the staged programs;
#   2. the Debian package (cpack), installed with apt, its programs run from /usr/bin:
#      redress-cli --version, init, demo, report; redress starting on a virtual screen;
#      then removed again.
# Step 2 needs root (or sudo) and apt; elsewhere it is skipped with a message.
#   installer/linux/check-package.sh BUILD_FOLDER
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_FOLDER}
build=$(cd "$build" && pwd)
work=$(mktemp -d)
installed=""
as_root=()
cleanup() {
    if [[ -n "$installed" ]]; then
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q redress >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

say() { printf -- '-- %s\n' "$*"; }

say "Installing into a staging folder"
staging="$work/staging"
cmake --install "$build" --prefix "$staging" >"$work/install.log" 2>&1 || {
    cat "$work/install.log"
    exit 1
}
grep -F 'Install tree check:' "$work/install.log"
missing=0
for program in "$staging"/bin/*; do
    if ldd "$program" | grep -F 'not found'; then
        echo "$program: the libraries above are not found" >&2
        missing=1
    fi
done
[[ $missing -eq 0 ]] || exit 1
say "ldd: every library of $(ls "$staging/bin" | tr '\n' ' ')resolves"

if [[ $(id -u) -ne 0 ]]; then
    if ! sudo -n true 2>/dev/null; then
        say "Not root and no password-less sudo: the Debian package is not installed and tried"
        exit 0
    fi
    as_root=(sudo)
fi
if ! command -v apt-get >/dev/null 2>&1; then
    say "No apt-get: the Debian package is not installed and tried"
    exit 0
fi
if dpkg-query -W -f='${db:Status-Status}' redress 2>/dev/null | grep -qx installed; then
    echo "check-package.sh: a redress package is installed already; remove it first" >&2
    exit 1
fi

say "Building the Debian package"
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    exit 1
}
deb=$(ls -t "$build"/redress_*.deb | head -n 1)
say "Installing $(basename "$deb") with apt"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    exit 1
}
installed=yes

# The programs run as a user would, with a home of their own: nothing lands in this account.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
unset QT_QPA_PLATFORM
db="$work/smoke.sqlite"
cli=/usr/bin/redress-cli
say "$cli --version: $("$cli" --version)"
"$cli" --db "$db" init
"$cli" --db "$db" demo --cases 50 --years 2
year=$(("$(date +%Y)" - 1))
"$cli" --db "$db" report annual --year "$year/$(printf '%02d' $(((year + 1) % 100)))" --format json \
    --out "$work/annual.json"
[[ $(tr -d ' \n' <"$work/annual.json" | head -c 1) == "{" ]] || {
    echo "check-package.sh: the annual report is not JSON" >&2
    exit 1
}
say "report annual: $(wc -c <"$work/annual.json") bytes of JSON"
# The XLSX export runs on libxlsxwriter: the package must have brought it in.
"$cli" --db "$db" export cases --format xlsx --out "$work/cases.xlsx"
[[ $(head -c 2 "$work/cases.xlsx") == "PK" ]] || {
    echo "check-package.sh: the XLSX export is not a zip package" >&2
    exit 1
}
say "export cases: $(wc -c <"$work/cases.xlsx") bytes of XLSX"

if [[ -x /usr/bin/redress ]]; then
    # Started on a virtual screen, still running after a few seconds, then closed.
    xvfb-run -a bash -c '
        /usr/bin/redress --db "$1" >"$2" 2>&1 &
        app=$!
        sleep 5
        if ! kill -0 "$app" 2>/dev/null; then
            echo "/usr/bin/redress stopped by itself:" >&2
            cat "$2" >&2
            exit 1
        fi
        kill "$app"
        wait "$app" || true
    ' smoke "$db" "$work/redress.log"
    # A window with an error message also keeps running: its log says whether it opened the
    # database.
    log="$XDG_DATA_HOME/Redress/Redress/logs/redress.log"
    if ! grep -q 'redress.database: opening a SQLite file' "$log" 2>/dev/null ||
        grep -E ' (critical|fatal) ' "$log"; then
        echo "check-package.sh: /usr/bin/redress did not open its database; its log:" >&2
        cat "$log" >&2 || true
        exit 1
    fi
    say "/usr/bin/redress started on a virtual screen, opened the database and was closed"
fi

"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q redress >/dev/null
installed=""
[[ ! -e /usr/bin/redress-cli ]] || {
    echo "check-package.sh: /usr/bin/redress-cli is still there after apt-get remove" >&2
    exit 1
}
say "Debian package installed, tried and removed"
