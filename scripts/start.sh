#!/usr/bin/env bash
# One command from a fresh Debian machine with Node 20 + npm to the running playground:
# installs pnpm and Chromium when missing, the workspace's packages, builds and starts the bot
# with embedded PGlite and demo data at http://localhost:3978/ (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec pnpm start
