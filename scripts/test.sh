#!/usr/bin/env bash
# npm test: typecheck, lint, unit and DOM tests, then end-to-end tests in real Chromium and Firefox.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
fail=0
step() { echo; echo "== $1"; }

step "browsers for end-to-end tests"
bash scripts/ensure-browsers.sh || exit 1

step "typecheck"
npx wxt prepare >/dev/null 2>&1 || true
npx tsc --noEmit -p . || fail=1

step "lint"
npx eslint . || fail=1

step "unit and DOM tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || fail=1

step "builds for the end-to-end tests"
npx wxt build --mode e2e >/dev/null || { echo "build failed"; fail=1; }
npx wxt build -b firefox --mv3 --mode e2e >/dev/null || { echo "Firefox build failed"; fail=1; }

step "end-to-end tests (Chromium, and Firefox in firefox.e2e.ts)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || fail=1

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of ["test-results/unit.json", "test-results/e2e.json"]) {
  if (!fs.existsSync(f)) { failed++; continue; }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
' || fail=1
exit $fail
