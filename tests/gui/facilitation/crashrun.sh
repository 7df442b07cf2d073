#!/bin/sh
# Starts a real trellis --facilitate under the running X display (xvfb-run), types with xdotool,
# then SIGKILLs it. $1 trellis binary, $2 workspace, $3 retro id, $4 phase, then steps:
# "type:TEXT" types TEXT, "key:NAME" presses an X key (Return, plus, Down).
GUI=$1; WS=$2; RETRO=$3; PHASE=$4; shift 4
QT_QPA_PLATFORM=xcb "$GUI" --workspace "$WS" --facilitate "$RETRO" --phase "$PHASE" --language en &
pid=$!
win=$(xdotool search --sync --onlyvisible --pid $pid 2>/dev/null | head -1)
[ -n "$win" ] || { echo "no window"; kill -9 $pid; exit 3; }
xdotool windowfocus --sync "$win"
sleep 1
for step in "$@"; do
  case "$step" in
    type:*) xdotool type --delay 30 "${step#type:}" ;;
    key:*) xdotool key "${step#key:}" ;;
  esac
  sleep 0.5
done
sleep 1
kill -9 $pid
wait $pid 2>/dev/null
echo killed
