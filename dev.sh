#!/usr/bin/env bash
# The project's commands, for a fresh Debian 12 machine (as root, or a user who may sudo):
#   ./dev.sh run [ARGS...]   install what is missing, build, and start Redress with ARGS
#                            (the first run asks: a demo database, an empty one, or a server)
#   ./dev.sh test            install what is missing, build with and without widgets (the
#                            latter with clang), run every test, the PostgreSQL ones on a
#                            throwaway server, and install and try the Debian package
#   ./dev.sh bench [NAME]    build and run the benchmarks (tests/bench; docs/benchmarks.md)
#   ./dev.sh fuzz [SECONDS]  build the fuzz targets (tests/fuzz) with clang and run each for
#                            SECONDS (default 300); crashing inputs go to build-fuzz/crashes
# Builds go to build/ (and build-nogui/ for the test without widgets, build-fuzz/ for the
# fuzz targets), RelWithDebInfo, Ninja, configured by the presets in CMakePresets.json (dev,
# ci, nogui-clang, bench).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian 12 package names: the one list of what Redress needs.
build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libzip-dev libfreexl-dev libxlsxwriter-dev qtkeychain-qt6-dev
    # Qt's SVG picture plugin: a council's logo given as SVG, on report covers.
    libqt6svg6
)
# krb5-*: a throwaway Kerberos realm beside the test server, for signing in by ticket.
test_packages=(
    postgresql sqlite3 poppler-utils unzip xvfb xauth clang-format
    clang krb5-kdc krb5-admin-server krb5-user
)
# The fuzz targets: clang with its libFuzzer runtime (libclang_rt.fuzzer), which Debian 12
# ships apart from the compiler.
fuzz_packages=(
    clang libclang-rt-14-dev
)

say() { printf '\n== %s\n' "$*"; }

usage() {
    sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# Installs those of the given packages that are not installed yet. When all of them are
# (the usual case after the first run) this is one dpkg-query call and no apt at all.
install_missing() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "dev.sh: not a Debian system; make sure these are installed: $*" >&2
        return 0
    fi
    local installed missing=() package
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null || true)
    for package in "$@"; do
        grep -qxF "$package installed" <<<"$installed" || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    say "Installing ${missing[*]}"
    local as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "dev.sh: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
            exit 1
        fi
        as_root=(sudo)
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

configure() { # a configure preset from CMakePresets.json, then more CMake options
    cmake --preset "$@"
}

build() { # build folder, then optional cmake --build options (e.g. --target redress)
    local folder=$1
    shift
    cmake --build "$folder" --parallel "$(nproc)" "$@"
}

# Formatting is reported, never a failure: `cmake --build build --target format` fixes it.
report_formatting() {
    if ! grep -q '^build format-check:' build/build.ninja 2>/dev/null; then
        echo "clang-format not found: formatting not checked"
        return 0
    fi
    local log=build/format-check.log files
    if cmake --build build --target format-check >"$log" 2>&1; then
        echo "Formatting: every file matches .clang-format"
        return 0
    fi
    files=$(grep -oE '^/[^:]+\.(cpp|h):[0-9]+:[0-9]+: (error|warning)' "$log" | cut -d: -f1 | sort -u |
        sed "s|^$PWD/||")
    if [[ -z "$files" ]]; then
        echo "Formatting could not be checked (see $log)"
        return 0
    fi
    echo "Formatting: $(wc -l <<<"$files") file(s) differ from .clang-format (not a failure;"
    echo "cmake --build build --target format rewrites them, details in $log):"
    sed 's/^/    /' <<<"$files"
}

# The update_translations target (lupdate) run against the sources as they are, to report
# strings missing from the .ts files; the .ts files themselves are put back as they were.
report_translations() {
    if ! grep -q '^build update_translations:' build/build.ninja 2>/dev/null; then
        echo "Qt Linguist tools not found: translations not checked"
        return 0
    fi
    local saved log=build/update_translations.log ts stale=()
    saved=$(mktemp -d)
    cp -p translations/*.ts "$saved"/
    if cmake --build build --target update_translations >"$log" 2>&1; then
        for ts in "$saved"/*.ts; do
            cmp -s "$ts" "translations/${ts##*/}" || stale+=("translations/${ts##*/}")
        done
        if [[ ${#stale[@]} -eq 0 ]]; then
            echo "Translations: the .ts files hold every translatable string"
        else
            echo "Translations: ${stale[*]} out of step with the sources (not a failure;"
            echo "cmake --build build --target update_translations refreshes them):"
            grep -E '^(Updating|    Found|    Removed)' "$log" | sed 's/^/    /' || true
        fi
    else
        echo "Translations: lupdate failed, see $log"
    fi
    cp -p "$saved"/*.ts translations/
    rm -rf "$saved"
}

# Runs inside the throwaway PostgreSQL server (see tests/postgres/with-test-server.sh), so the
# database tests run on PostgreSQL as well as SQLite; both test runs go ahead even if the
# first fails, and the status says whether either did.
run_tests() {
    local failed=()
    export QT_QPA_PLATFORM=offscreen REDRESS_REQUIRE_POSTGRES=1
    say "Tests without Qt Widgets (build-nogui)"
    ctest --test-dir build-nogui --output-on-failure --no-tests=error -j2 || failed+=(build-nogui)
    say "Every test (build)"
    ctest --test-dir build --output-on-failure --no-tests=error -j2 || failed+=(build)
    if [[ ${#failed[@]} -gt 0 ]]; then
        say "FAILED: tests in ${failed[*]}"
        return 1
    fi
    say "All tests passed"
}

# The fuzz targets, in build-fuzz, by clang: the readers with coverage, AddressSanitizer and
# UBSan (tests/fuzz/CMakeLists.txt), the rest unoptimised and without debug information,
# which is quickest to compile.
fuzz_build() {
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_COMPILER=clang++ \
        -DREDRESS_WITH_GUI=OFF -DREDRESS_BUILD_TESTS=OFF -DREDRESS_BUILD_FUZZERS=ON
    build build-fuzz --target fuzzers
}

# Runs each fuzz target for $1 seconds, starting from the test files of its format (kept in
# build-fuzz/corpus/TARGET, which grows run by run). A crash, a hang over 10 s or more than
# 2 GB of memory stops that target, keeps the input in build-fuzz/crashes and fails. $2, if
# given, fixes libFuzzer's seed, so the short run in `test` explores the same inputs every
# time and CI's verdict does not depend on chance; `fuzz` explores anew on each run.
fuzz_run() {
    local seconds=$1 seed=${2:-0} target pattern corpus log failed=()
    mkdir -p build-fuzz/crashes
    for target in csv xlsx ods xls mapping; do
        pattern="*.$target"
        [[ $target == mapping ]] && pattern="*.json"
        corpus=build-fuzz/corpus/$target
        mkdir -p "$corpus"
        find tests/data ../shared/testdata/spreadsheets ../shared/testdata/complaints \
            -name "$pattern" -size -2M -exec cp -n -t "$corpus" {} + 2>/dev/null || true
        log=build-fuzz/fuzz-$target.log
        # FreeXL's own faults are set aside (tests/fuzz/*-suppressions.txt says which and why).
        if ASAN_OPTIONS=suppressions=tests/fuzz/asan-suppressions.txt \
            LSAN_OPTIONS=suppressions=tests/fuzz/lsan-suppressions.txt \
            build-fuzz/tests/fuzz/fuzz_$target "$corpus" -max_total_time="$seconds" -timeout=10 \
            -seed="$seed" -rss_limit_mb=2048 -artifact_prefix="build-fuzz/crashes/$target-" >"$log" 2>&1; then
            echo "fuzz_$target: ${seconds} s, $(grep -c . <(ls "$corpus")) inputs in its corpus, no crash"
        elif grep -m1 -E '^ +#0 ' "$log" | grep -q 'libfreexl\.so'; then
            # A fault inside FreeXL itself (tests/fuzz/README.md): reported, not failed on.
            echo "fuzz_$target: stopped by a fault inside FreeXL, not Redress's code (input in"
            echo "    build-fuzz/crashes; see tests/fuzz/README.md): $(grep -m1 SUMMARY "$log")"
        else
            failed+=("$target")
            echo "fuzz_$target FAILED (the input is in build-fuzz/crashes; the end of $log):"
            tail -n 30 "$log" | sed 's/^/    /'
        fi
    done
    [[ ${#failed[@]} -eq 0 ]]
}

command=${1:-}
if [[ $# -gt 0 ]]; then
    shift
fi
case "$command" in
run)
    install_missing "${build_packages[@]}"
    configure dev
    build build --target redress
    if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]]; then
        echo "dev.sh: no DISPLAY or WAYLAND_DISPLAY; Redress needs a desktop session (or xvfb-run)" >&2
    fi
    exec build/app/redress/redress "$@"
    ;;
test)
    [[ $# -eq 0 ]] || usage
    install_missing "${build_packages[@]}" "${test_packages[@]}" "${fuzz_packages[@]}"
    say "Build with everything, warnings as errors (build)"
    configure ci
    build build
    # A second compiler: code only GCC accepts is caught before it meets MSVC.
    say "Build without Qt Widgets, with clang: core, redress-cli and their tests (build-nogui)"
    configure nogui-clang
    build build-nogui
    say "Fuzz targets, built with clang (build-fuzz)"
    fuzz_build
    say "Formatting and translations"
    report_formatting
    report_translations
    # A short run of each fuzz target, before the tests so that their summary ends the output.
    say "Fuzzing each reader for 20 s"
    fuzz_status=0
    fuzz_run 20 1 || fuzz_status=1
    tests/postgres/with-test-server.sh "${BASH_SOURCE[0]}" _run-tests
    if [[ $fuzz_status -ne 0 ]]; then
        say "FAILED: a fuzz target found an input that crashes or hangs (see above)"
        exit 1
    fi
    say "Install tree and Debian package (installer/linux/check-package.sh)"
    installer/linux/check-package.sh build
    ;;
_run-tests) # internal: the test runs, called back by with-test-server.sh
    run_tests
    ;;
fuzz)
    [[ $# -le 1 ]] || usage
    seconds=${1:-300}
    [[ "$seconds" =~ ^[0-9]+$ ]] || usage
    install_missing "${build_packages[@]}" "${fuzz_packages[@]}"
    fuzz_build
    fuzz_run "$seconds"
    ;;
bench)
    # The benchmarks compare with the sqlite3 shell (and psql) and read peak memory from GNU
    # time. Installing and building report to stderr, so stdout is the table alone.
    {
        install_missing "${build_packages[@]}" sqlite3 time postgresql
        configure bench
        build build
    } >&2
    shopt -s nullglob
    benchmarks=()
    for candidate in build/tests/bench/bench_* tests/bench/bench_*.sh; do
        [[ -f "$candidate" && -x "$candidate" ]] && benchmarks+=("$candidate")
    done
    status=0
    # One table for every benchmark: each prints only its rows to stdout (and its progress
    # to stderr), so the header is printed once here. The size each builds and times comes
    # from REDRESS_BENCH_CASES (default 100000); their databases stay in build/bench-data.
    export REDRESS_BENCH_CASES=${REDRESS_BENCH_CASES:-100000}
    echo "| operation | size | Redress ms | baseline | baseline ms | ratio | peak MiB |"
    echo "| --- | ---: | ---: | --- | ---: | ---: | ---: |"
    for benchmark in "${benchmarks[@]}"; do
        # ./dev.sh bench reports   runs only the benchmarks whose name holds "reports"
        [[ $# -gt 0 && "$benchmark" != *"$1"* ]] && continue
        say "$benchmark" >&2
        "$benchmark" || status=1
    done
    exit "$status"
    ;;
*)
    usage
    ;;
esac
