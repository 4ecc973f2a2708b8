#!/usr/bin/env bash
# Installs what a fresh machine with Node 20 + npm lacks. Safe to run again.
set -euo pipefail
want_pnpm=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$want_pnpm" ]; then
  npm install -g "pnpm@$want_pnpm"
fi
