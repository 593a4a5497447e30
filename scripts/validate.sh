#!/usr/bin/env bash
# Every check, in the order a reviewer would read them. Ends with "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 NO_COLOR=1

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "== installing Debian's chromium for the browser tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || {
    echo "could not install chromium (run as root, or set CHROMIUM_PATH)"; exit 1; }
fi

checks_failed=0
step() { echo "== $1"; shift; "$@" || { echo "!! failed: $*"; checks_failed=$((checks_failed + 1)); }; }
step typecheck npx tsc --noEmit
step lint npx eslint . --max-warnings 0
step format npx prettier --check . --log-level warn

# The build carries the e2e canary credentials: the bundle test greps .next/static for them.
echo "== build"
(
eval "$(npx tsx -e 'import { e2eServerEnv } from "./e2e/env.ts";
  for (const [k, v] of Object.entries(e2eServerEnv)) console.log(`export ${k}=${JSON.stringify(v)}`);')"
exec npx next build
) || { echo "!! build failed"; echo "tests: 0 passed, 1 failed"; exit 1; }

rm -rf reports test-results data/e2e.db*
mkdir -p reports
echo "== unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit_exit=$?
echo "== browser tests (playwright)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json npx playwright test --reporter=list,json
e2e_exit=$?
CHECKS_FAILED=$checks_failed UNIT_EXIT=$unit_exit E2E_EXIT=$e2e_exit node scripts/test-summary.mjs
