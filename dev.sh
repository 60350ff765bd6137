#!/usr/bin/env bash
# The project's two commands, for a fresh Debian 12 machine:
#   ./dev.sh run    install what is missing, build, and start Redress (demo data on first run)
#   ./dev.sh test   install what is missing, build, and run every test
# and, on demand:
#   ./dev.sh bench  build and run the benchmarks in tests/bench
set -euo pipefail
cd "$(dirname "$0")"

build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    liborcus-dev libfreexl-dev
)
test_packages=(postgresql sqlite3 poppler-utils python3 clang-format)

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() { # folder, cmake options…
    local folder=$1
    shift
    cmake -S . -B "$folder" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$folder" --parallel "$(nproc)"
}

command=${1:-}
shift || true
case "$command" in
run)
    install_missing "${build_packages[@]}"
    configure_and_build build -DREDRESS_BUILD_TESTS=OFF
    exec build/app/redress/redress "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    # core, the CLI and the core tests without Qt Widgets: proves core needs none
    configure_and_build build-nogui -DREDRESS_WITH_GUI=OFF -DREDRESS_WARNINGS_AS_ERRORS=ON
    configure_and_build build -DREDRESS_WARNINGS_AS_ERRORS=ON
    export QT_QPA_PLATFORM=offscreen REDRESS_REQUIRE_POSTGRES=1
    tests/postgres/with-test-server.sh ctest --test-dir build-nogui --output-on-failure -j2
    tests/postgres/with-test-server.sh ctest --test-dir build --output-on-failure -j2
    ;;
bench)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build build-bench -DREDRESS_BUILD_BENCHMARKS=ON -DREDRESS_BUILD_TESTS=ON
    for bench in build-bench/tests/bench/bench_*; do
        [[ -x "$bench" ]] && "$bench" "$@"
    done
    ;;
*)
    echo "usage: ./dev.sh run|test|bench" >&2
    exit 2
    ;;
esac
