#!/usr/bin/env bash
# Renders the application icon's PNG sizes for the freedesktop hicolor theme from trellis.svg.
# The PNGs are committed; run this again (Debian: librsvg2-bin) whenever trellis.svg changes.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" --output "hicolor/${size}x${size}/trellis.png" trellis.svg
done
