#!/usr/bin/env bash
# npm run bench:browser: the timing figures measured in real Chromium (the [bench] lines of the
# end-to-end files that print them), each file run alone so no other browser shares the machine.
# Builds the extension first (the production build and its end-to-end copy). Printed, never asserted; run it on an otherwise idle machine.
# The soak runs its full length here (DUBAO_SOAK_MS, default 60 s).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh || exit 1
{ npx wxt build >/dev/null && node --import tsx scripts/derive-e2e-build.ts chrome-mv3 >/dev/null; } || { echo "bench:browser: the build failed (npx wxt build, then scripts/derive-e2e-build.ts)"; exit 1; }
files=(tests/e2e/pinyin-speed.e2e.ts tests/e2e/reading.e2e.ts tests/e2e/recognition.e2e.ts tests/e2e/glossary.e2e.ts
  tests/e2e/panel.e2e.ts tests/e2e/words.e2e.ts tests/e2e/soak.e2e.ts)
fail=0
log=$(mktemp)
for f in "${files[@]}"; do
  DUBAO_E2E_LANG=zh-CN npx vitest run --config vitest.e2e.config.ts "$f" --reporter=default >"$log" 2>&1 || { cat "$log"; echo "bench:browser: $f failed"; fail=1; }
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -a -o '\[bench\] .*'
done
rm -f "$log"
exit $fail
