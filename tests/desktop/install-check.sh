#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts every file where a freedesktop system looks,
# and the installed programs run from there. Usage: install-check.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

id=io.github.trellis.Trellis
expected=(
  bin/trellis
  bin/trellis-cli
  share/applications/$id.desktop
  share/metainfo/$id.metainfo.xml
  share/mime/packages/$id.xml
  share/icons/hicolor/scalable/apps/$id.svg
  share/doc/trellis/copyright
  share/doc/trellis/changelog.gz
  share/man/man1/trellis.1.gz
  share/man/man1/trellis-cli.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
missing=0
for f in "${expected[@]}"; do
  if [ ! -s "$prefix/$f" ]; then
    echo "missing or empty: $f"
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 1
for f in bin/trellis bin/trellis-cli; do
  [ -x "$prefix/$f" ] || { echo "not executable: $f"; exit 1; }
done
# Nothing unexpected (a stray header, a static library, a test program) is installed.
unexpected=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(printf '%s\n' "${expected[@]}" | sort))
if [ -n "$unexpected" ]; then
  echo "installed but not expected:"
  echo "$unexpected"
  exit 1
fi
# The installed programs answer --version without a display.
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$prefix/bin/trellis" --version | grep -q '^trellis '
"$prefix/bin/trellis-cli" --version | grep -q 'trellis'
echo "ok: ${#expected[@]} files installed under $prefix"
