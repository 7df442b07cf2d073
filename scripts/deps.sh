#!/usr/bin/env bash
# Installs the Debian 12 packages Trellis needs to build, test and run, when any is missing.
# Idempotent and quick when everything is in place.
set -euo pipefail

packages=(
  xdotool
  cmake g++ make pkg-config ccache
  clang-14 lld-14 libclang-rt-14-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6 qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev libgl-dev
  libsqlite3-dev sqlite3 libicu-dev libspdlog-dev catch2
  hledger poppler-utils xvfb xauth python3
  fonts-noto-core fonts-noto-cjk fonts-dejavu-core
  desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl dpkg-dev
  libxml2-utils php-symfony-translation translate-toolkit
  apertium apertium-eng-spa
  libpango1.0-dev libcairo2-dev libzip-dev libreoffice-writer-nogui liblcms2-dev
  unzip
  chromium
  python3-debian
  python3-icalendar python3-recurring-ical-events
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "These packages are missing and this user cannot install them: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
