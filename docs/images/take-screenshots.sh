#!/usr/bin/env bash
# Takes the screenshots in docs/user-guide.md from the real desktop app, on a virtual X screen
# (Xvfb) of 1280×720 with a small window manager (Openbox, so that dialogs have title bars),
# driven from the keyboard as an officer would, on a fresh demo database.
#   docs/images/take-screenshots.sh [path/to/redress [path/to/redress-cli]]
#   (defaults build/app/redress/redress and build/app/redress-cli/redress-cli)
#   tests/postgres/with-test-server.sh docs/images/take-screenshots.sh   (also the sign-in dialog)
# Needs: apt-get install -y xvfb xdotool imagemagick openbox wmctrl sqlite3 (optipng if present
# makes the PNGs smaller; postgresql-client for the sign-in dialog, below). Run it from an account with a neutral login name: the desktop's
# officer is the operating system's account, and its login shows beside "Complaints officer".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
app=$(realpath "${1:-build/app/redress/redress}")
cli=$(realpath "${2:-build/app/redress-cli/redress-cli}")
[[ -x "$app" ]] || { echo "take-screenshots: build the app first (./dev.sh run builds it)" >&2; exit 1; }
for tool in xvfb-run xdotool import convert openbox wmctrl sqlite3; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: needs $tool" >&2; exit 1; }
done
out=$(realpath docs/images)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Everything the app keeps (settings, the database) goes into the throwaway folder.
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LANG=en_GB.UTF-8 QT_QPA_PLATFORM=xcb

cat >"$work/tour.sh" <<'TOUR'
set -euo pipefail
db=$work/demo.sqlite
me=$(id -un)
query() { sqlite3 -cmd ".timeout 5000" "$db" "$1"; }
# A PNG of 256 colours is a third of the size and looks the same for these flat screens.
# No time stamps in the file, so that a retake changes only what the screen shows.
small() {
    convert "$1" -strip -define png:exclude-chunks=date,time -colors 256 "PNG8:$1"
    if command -v optipng >/dev/null; then optipng -quiet "$1"; fi
}
shot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; small "$out/$1.png"; echo "  $1.png"; }
# The active window with its title bar: a dialog on its own.
dialog_shot() {
    sleep "${2:-1.5}"
    import -frame -window "$(xdotool getactivewindow)" "$out/$1.png"
    small "$out/$1.png"
    echo "  $1.png"
}
keys() { xdotool key --delay 150 "$@"; }
type_text() { xdotool type --delay 40 "$1"; }
click() { xdotool mousemove "$1" "$2" click 1; }
maximise() { wmctrl -r Redress -b remove,maximized_vert,maximized_horz;
             wmctrl -r Redress -b add,maximized_vert,maximized_horz; sleep 1; }
start_app() {
    "$app" --db "$db" "$@" &
    app_pid=$!
    # The window shows before the data is read: let it settle before looking it up.
    xdotool search --sync --onlyvisible --name '^Redress$' >/dev/null 2>&1 || true
    sleep 4
    window=$(xdotool search --onlyvisible --name '^Redress$' | tail -1)
    maximise
    xdotool windowactivate "$window"; sleep 1
}
# Opens a case by its reference from the queue's search box.
open_case() { keys ctrl+f ctrl+a; type_text "$1"; sleep 2; keys Tab Return; sleep 2; }

openbox >/dev/null 2>&1 &
sleep 1

# First start: the demo cases are created; then the app is closed.
start_app --demo-cases 1500
for _ in $(seq 120); do
    [[ $(query "SELECT count(*) FROM cases" 2>/dev/null || echo 0) -ge 1500 ]] && break
    sleep 1
done
sleep 3
keys ctrl+q
wait "$app_pid" || true
# My work lists the signed-in officer's cases, and on a desktop the officer is the operating
# system's account: the demo officer's login becomes this account's (still the team's
# administrator, for the Administration screens).
query "UPDATE app_user SET username = '$me', role = 'admin' WHERE username = 'officer';
       UPDATE cases SET officer = '$me' WHERE officer = 'officer';"
complaint=$(query "SELECT reference FROM cases WHERE kind = 'complaint' AND state = 'received'
                   AND officer = '$me' ORDER BY due_on LIMIT 1")
# A complaint that went to stage 2: its points with findings, remedies, learning and costs.
parts=$(query "SELECT reference FROM cases c WHERE kind = 'complaint'
               AND EXISTS (SELECT 1 FROM cost k WHERE k.case_id = c.id)
               AND EXISTS (SELECT 1 FROM remedy r WHERE r.case_id = c.id)
               ORDER BY (SELECT count(*) FROM learning_action l WHERE l.case_id = c.id) > 0 DESC,
                        received_on DESC LIMIT 1")
enquiry=$(query "SELECT reference FROM cases c WHERE kind = 'lgsco_enquiry' AND EXISTS
                 (SELECT 1 FROM ombudsman_recommendation r WHERE r.case_id = c.id)
                 ORDER BY received_on DESC LIMIT 1")
if [[ -x "$cli" ]]; then
    printf 'Dear complaints team,\n\nI would like to complain about ...\n' >"$work/complaint-email.txt"
    "$cli" --db "$db" attachment add --case "$complaint" --description "The complaint as emailed" \
        "$work/complaint-email.txt" >/dev/null 2>&1 || echo "  (no document attached)"
fi

start_app
shot queue 3
import -window root -crop 1280x320+0+400 +repage "$out/my-work.png"
small "$out/my-work.png"
echo "  my-work.png"

keys ctrl+n; dialog_shot new-case
keys Escape; sleep 1

# With a case open the window needs more height than 720 with My work below; it is hidden.
keys alt+f m; sleep 1; maximise
open_case "$complaint"
keys alt+s; shot case-view
keys alt+i; shot case-details
keys alt+u; shot documents
keys alt+a c; dialog_shot restrict
keys Escape; sleep 1

# The queue shows all cases from here on: the cases below are closed.
keys ctrl+f; sleep 0.5
keys alt+s End; sleep 1.5
open_case "$parts"
keys alt+s; shot stages
# The end of its Details: children, and the fields an imported log fills. The wheel over the
# form scrolls it, whatever control is under the pointer.
keys alt+i; xdotool mousemove 640 520; sleep 0.5; xdotool click --repeat 30 --delay 30 5
shot case-children
keys alt+p; shot points
keys alt+m; shot remedies
keys alt+o; shot costs

open_case "$enquiry"
keys alt+b; shot ombudsman

# The guide opens at its list of keys; only the list is kept, not the pictures below it.
keys alt+h k; dialog_shot shortcuts
convert "$out/shortcuts.png" -crop 822x226+0+0 +repage "$out/shortcuts.png"; small "$out/shortcuts.png"
wmctrl -c 'Redress user guide'; sleep 1
xdotool windowactivate "$window"; sleep 1

keys ctrl+shift+r; sleep 1; keys alt+u; shot reports 10

keys alt+t Return; dialog_shot administration
keys ctrl+Tab ctrl+Tab ctrl+Tab ctrl+Tab ctrl+Tab ctrl+Tab; dialog_shot retention
keys ctrl+Tab; dialog_shot letters
keys Escape; sleep 1
keys alt+d Return; dialog_shot import-wizard
keys Escape; sleep 1
kill "$app_pid"; wait "$app_pid" || true

# The sign-in dialog needs a team server that asks for a password: run this script under
# tests/postgres/with-test-server.sh to take it, with a login made for the purpose.
if [[ -n "${REDRESS_TEST_POSTGRES_URL:-}" ]]; then
    PGOPTIONS=--client-min-messages=warning psql -q -v ON_ERROR_STOP=1 "$REDRESS_TEST_POSTGRES_URL" <<'SQL' >/dev/null
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'redress_password_signin') THEN
        CREATE ROLE redress_password_signin NOLOGIN;
    END IF;
END $$;
DROP DATABASE IF EXISTS redress;
DROP ROLE IF EXISTS officer;
CREATE ROLE officer LOGIN PASSWORD 'not-used' IN ROLE redress_password_signin;
CREATE DATABASE redress;
SQL
    server=${REDRESS_TEST_POSTGRES_URL#*@}
    "$app" --db-url "postgresql://officer@${server%%/*}/redress" &
    app_pid=$!
    timeout 60 xdotool search --sync --onlyvisible --name '^Sign in' >/dev/null
    dialog_shot sign-in 2
    kill "$app_pid"; wait "$app_pid" || true
else
    echo "  (sign-in.png kept: run under tests/postgres/with-test-server.sh to retake it)"
fi
TOUR
echo "Screenshots into $out:"
out=$out app=$app cli=$cli work=$work xvfb-run -a -s "-screen 0 1280x720x24" bash "$work/tour.sh"
