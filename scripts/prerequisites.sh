#!/usr/bin/env bash
# Installs what a fresh Debian machine with Node 20 + npm lacks. Safe to run again.
# - pnpm 10.34.9 through npm (corepack is not used: it fails on registry signatures here);
# - Debian's Chromium for the end-to-end tests (the browser tests never download one).
set -euo pipefail
want_pnpm=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$want_pnpm" ]; then
  npm install -g "pnpm@$want_pnpm"
fi
if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
