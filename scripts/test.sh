#!/usr/bin/env bash
# One command from a fresh Debian machine with Node 20 + npm to a passing test run; .ci/run
# runs exactly this. Ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
pnpm test
