#!/usr/bin/env bash
# Install Debian's chromium and a font set for the browser tests when they are missing (Playwright cannot
# download browsers here). The fonts make screenshots look as on a manager's machine: DejaVu and Noto for
# text, Liberation for Arial/Helvetica metrics, Noto Color Emoji so emoji in answers are not empty boxes.
set -euo pipefail
FONTS=(fonts-dejavu-core fonts-noto-core fonts-liberation2 fonts-noto-color-emoji)
missing=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
for pkg in "${FONTS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "missing for the browser tests: ${missing[*]}; this user cannot install them: run 'apt-get install ${missing[*]}' as root." >&2
    exit 1
  fi
fi
echo "Installing for the browser tests: ${missing[*]}..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
command -v chromium >/dev/null
fc-list | grep "Noto Sans" >/dev/null || { echo "the Noto fonts did not install" >&2; exit 1; }
