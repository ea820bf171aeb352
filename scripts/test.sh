#!/usr/bin/env bash
# README command 2: sets everything up on a fresh machine and runs the whole suite — typecheck, lint,
# and every test (unit, DynamoDB Local integration, end-to-end through the local gateway, infra).
# Always ends with one line "N passed, N failed" (a failed typecheck or lint counts as a failure).
set -uo pipefail
cd "$(dirname "$0")/.."
if ! source scripts/ensure-tools.sh || ! ensure_chromium || ! pnpm install --frozen-lockfile; then
  echo "0 passed, 1 failed"
  exit 1
fi

failed_checks=0
pnpm typecheck || failed_checks=$((failed_checks + 1))
pnpm lint || failed_checks=$((failed_checks + 1))

mkdir -p .test-results
rm -f .test-results/vitest.json
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json
vitest_status=$?

pnpm --silent test:summary .test-results/vitest.json "$failed_checks" "$vitest_status"
