#!/usr/bin/env bash
# The manual pages read without a groff warning, and name every option of `trellis --help` and
# every command of `trellis-cli --help`, so a new option cannot go unmentioned.
# Usage: manpages.sh MAN_DIR TRELLIS TRELLIS_CLI
set -euo pipefail
man_dir=$1 gui=$2 cli=$3
command -v groff >/dev/null || { echo "groff is not installed"; exit 77; }
failed=0
for page in trellis trellis-cli; do
  warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man_dir/$page.1" 2>&1 || true)
  if [ -n "$warnings" ]; then
    echo "$page.1: groff says: $warnings"
    failed=1
  fi
done
# Every long option of the window's --help, as the page writes it (\-\-option).
options=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$gui" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || { echo "trellis --help listed no option"; exit 1; }
for option in $options; do
  if ! grep -qF -- "${option//-/\\-}" "$man_dir/trellis.1"; then
    echo "trellis.1 does not mention $option"
    failed=1
  fi
done
# Every command of the command line's --help (the first word of each indented line).
commands=$("$cli" --help | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p' | sort -u)
[ -n "$commands" ] || { echo "trellis-cli --help listed no command"; exit 1; }
for command in $commands; do
  if ! grep -qE "^\.BI \"?$command[ \"]" "$man_dir/trellis-cli.1"; then
    echo "trellis-cli.1 has no entry for the command $command"
    failed=1
  fi
done
exit $failed
