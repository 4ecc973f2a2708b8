#!/usr/bin/env bash
# One command from a fresh Debian machine with Node 20 + npm to a passing test run; .ci/run
# runs exactly this. Lint (ESLint + type check) and the format check run first; the tests run
# whatever they said, so every count is printed. Ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

checks_failed=()
pnpm lint || checks_failed+=("pnpm lint")
pnpm format:check || checks_failed+=("pnpm format:check")
if ((${#checks_failed[@]} > 0)); then
  echo "FAILED before the tests: ${checks_failed[*]} (see above); the tests run anyway." >&2
fi

status=0
pnpm test || status=$?
# The summary line above stays the last line; a failed check still fails the run.
if ((${#checks_failed[@]} > 0)) && ((status == 0)); then status=1; fi
exit "$status"
