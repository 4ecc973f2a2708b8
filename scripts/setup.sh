# Sourced by start.sh and test.sh: the steps both share, so the README's two commands and
# .ci/run can never drift apart.
export TURBO_TELEMETRY_DISABLED=1
bash scripts/prerequisites.sh
# npm's global bin may not be on PATH yet right after `npm install -g pnpm`.
command -v pnpm >/dev/null 2>&1 || export PATH="$(npm prefix -g)/bin:$PATH"
pnpm install --frozen-lockfile
