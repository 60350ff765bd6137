#!/usr/bin/env bash
# Takes the screenshots in docs/user-guide.md from the real desktop app, on a virtual X screen
# (Xvfb), driven from the keyboard as an officer would, on a fresh demo database.
#   docs/images/take-screenshots.sh [path/to/redress]     (default build/app/redress/redress)
# Needs xvfb, xdotool and imagemagick (apt-get install -y xvfb xdotool imagemagick).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
app=$(realpath "${1:-build/app/redress/redress}")
[[ -x "$app" ]] || { echo "take-screenshots: build the app first (./dev.sh run builds it)" >&2; exit 1; }
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: needs $tool" >&2; exit 1; }
done
out=$(realpath docs/images)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Everything the app keeps (settings, the database) goes into the throwaway folder.
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export USER=officer LANG=en_GB.UTF-8 QT_QPA_PLATFORM=xcb

cat >"$work/tour.sh" <<'TOUR'
set -euo pipefail
shot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; echo "  $1.png"; }
keys() { xdotool key --delay 120 "$@"; }
type_text() { xdotool type --delay 40 "$1"; }

"$app" --db "$work/demo.sqlite" --demo-cases 1500 &
app_pid=$!
window=$(xdotool search --sync --onlyvisible --name 'Redress' | head -1)
sleep 8 # the demo cases are created on first start
window=$(xdotool search --onlyvisible --name 'Redress' | tail -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800 windowfocus "$window"
shot queue 2

keys Return; shot case-view
keys ctrl+n; shot new-case
keys Escape; sleep 1
# With no window manager on the virtual screen, focus goes back to the main window by hand.
xdotool windowfocus "$window"
keys ctrl+shift+r; sleep 1; keys alt+u; shot reports 10
xdotool windowfocus "$window"
keys alt+t Return; shot administration
keys Escape; sleep 1
xdotool windowfocus "$window"
keys alt+d Return; shot import-wizard
keys Escape
kill "$app_pid"
TOUR
echo "Screenshots into $out:"
out=$out app=$app work=$work xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/tour.sh"
