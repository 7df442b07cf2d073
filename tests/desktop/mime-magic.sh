#!/usr/bin/env bash
# A Trellis workspace renamed to .db is still recognised by its header (SQLite magic and the
# application_id "TRLS" at byte 68); a plain SQLite file named .db is not; the .trellis glob holds.
# Usage: mime-magic.sh MIME_XML TRELLIS_CLI. Exit 77 (skipped) when the freedesktop tools are absent.
set -euo pipefail
mime_xml=$1 cli=$2
for tool in update-mime-database xdg-mime mimetype sqlite3; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_DATA_DIRS=/usr/share XDG_CURRENT_DESKTOP=generic
mkdir -p "$XDG_DATA_HOME/mime/packages"
cp "$mime_xml" "$XDG_DATA_HOME/mime/packages/io.github.trellis.Trellis.xml"
update-mime-database "$XDG_DATA_HOME/mime"

"$cli" demo "$tmp/alliance.trellis" --entries 20 >/dev/null
mv "$tmp/alliance.trellis" "$tmp/renamed.db"
sqlite3 "$tmp/plain.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
printf 'not a database\n' > "$tmp/text.trellis"

expect() {
  local file=$1 want=$2 got
  got=$(xdg-mime query filetype "$file")
  if [ "$got" != "$want" ]; then
    echo "FAIL: $(basename "$file") is $got, expected $want"
    exit 1
  fi
  echo "ok: $(basename "$file") is $got"
}
expect "$tmp/renamed.db" application/x-trellis-workspace
expect "$tmp/plain.db" application/vnd.sqlite3
expect "$tmp/text.trellis" application/x-trellis-workspace
