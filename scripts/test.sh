#!/usr/bin/env bash
# npm test: typecheck, lint, the production builds, unit and DOM tests, then end-to-end tests in real
# Chromium (in the Chinese and the English interface) and Firefox, on builds made by this run.
# The counts printed at the end come from this run's result files only: they are cleared first,
# and a step that wrote none (a crash, or a build that failed so its tests could not run) counts
# as a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results
mkdir -p test-results
fail=0
# Each step says when it began (seconds since the run began) and the machine's load then (the 1-minute
# average of /proc/loadavg), so a slow run shows where its time went and how busy other jobs kept the machine.
step() { echo; echo "== $1 (at ${SECONDS} s, load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?'))"; }
# The tests of these files tagged ui-text (vitest.e2e.config.ts: they show the panel, a card or the
# toolbar, or find a control by its name) also run in English; the rest run once, in Chinese.
ui_e2e=(tests/e2e/locale.e2e.ts tests/e2e/panel.e2e.ts tests/e2e/glossary.e2e.ts)
# Files that print timing figures ([bench] lines: the evidence for speed targets) and the soak run one
# at a time, beside the unit and DOM tests (below); the gestures paced in real time run one at a time
# after them, on an otherwise idle machine; every other file (a new one too) runs two at a time — they
# mostly wait on browsers, and two files at once cut about a minute from the run without changing what
# any of them checks. (Running the timed files two at a time as well was tried: they keep the processor
# busy, each took about twice as long beside another file, and the whole run took no less — 1,509 s
# against 1,445–1,467 s. `npm run bench:browser` runs the files with figures alone, for figures only.)
bench_e2e=(tests/e2e/pinyin-speed.e2e.ts tests/e2e/words.e2e.ts tests/e2e/panel.e2e.ts tests/e2e/soak.e2e.ts
  tests/e2e/reading.e2e.ts tests/e2e/glossary.e2e.ts tests/e2e/recognition.e2e.ts)
paced_e2e=(tests/e2e/gestures.e2e.ts tests/e2e/gestures-more.e2e.ts tests/e2e/words-autosave.e2e.ts)
timed_e2e=("${bench_e2e[@]}" "${paced_e2e[@]}")
# The soak runs 30 s here (ten worker stops; its full 60 s in `npm run bench:browser`).
excluded=()
for f in "${timed_e2e[@]}"; do excluded+=(--exclude "$f"); done

step "browsers for end-to-end tests"
bash scripts/ensure-browsers.sh || exit 1

# Typecheck, lint and the two production builds each keep about one core busy: side by side on a
# 2-core machine they take about half as long as one after another. Each writes its own log, printed
# here in order once it has ended; wxt prepare runs first, so the builds find .wxt/ as they would
# write it and leave it alone while tsc reads it. The end-to-end tests run on copies of the production
# builds whose manifests add the fixture papers' host access (scripts/derive-e2e-build.ts): they test
# the very scripts that ship, and each browser is built once.
step "typecheck, lint and the production builds, side by side"
rm -rf .output/chrome-mv3 .output/firefox-mv3 .output/chrome-mv3-e2e .output/firefox-mv3-e2e
npx wxt prepare >test-results/prepare.log 2>&1
prepared=$?
( npx wxt build >test-results/build.log 2>&1 || exit 1
  npx wxt build -b firefox --mv3 >test-results/build-firefox.log 2>&1 || exit 2
  node --import tsx scripts/derive-e2e-build.ts >>test-results/build.log 2>&1 || exit 1 ) &
builds=$!
typecheck=
if [ "$prepared" = 0 ]; then
  npx tsc --noEmit -p . >test-results/typecheck.log 2>&1 &
  typecheck=$!
fi
npx eslint . >test-results/lint.log 2>&1
linted=$?

step "typecheck"
if [ "$prepared" = 0 ]; then
  wait "$typecheck" || fail=1
  cat test-results/typecheck.log
else
  cat test-results/prepare.log; echo "wxt prepare failed: the type check cannot run"; fail=1
fi

step "lint"
cat test-results/lint.log
[ "$linted" = 0 ] || fail=1

step "builds (production, and their end-to-end copies)"
built=1
wait "$builds"
case $? in
  0) echo "Chromium and Firefox builds made, and their end-to-end copies" ;;
  1) cat test-results/build.log; echo "Chromium build failed"; built=0 ;;
  *) cat test-results/build-firefox.log; echo "Firefox build failed"; built=0 ;;
esac

# The unit and DOM tests run in the background while the files with timing figures run one at a
# time: one browser waits on its pages, its worker and Playwright's round trips much of the time (under
# /usr/bin/time the ten timed files counted 124 s of processor time in 315 s of wall clock on the
# shared 2-core machine, December 2026; a lower bound, browser processes that outlive their parent
# are not counted), and the unit tests fill that time. Their figures in `npm test` are not the evidence (`npm run
# bench:browser` is), and their limits stop hangs, not slowness. The gestures paced in real time wait for
# the unit tests to end. (Beside the other files, two at a time, the unit suite once took 843 s instead of
# 124–150 on a machine other jobs kept at load 10–19, and a DOM test timed out: not there.)
step "unit and DOM tests, in the background"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json >test-results/unit.log 2>&1 &
unit=$!

# An end-to-end test that fails runs once more (--retry=1): a real browser on a shared machine can
# miss a moment (an idle callback later than a poll expects) without anything being wrong. A test
# that fails twice fails the run; every test that passed only on its second try is named at the
# end of the run, so an intermittent failure is seen and looked into, not hidden.
if [ "$built" = 1 ]; then
  step "end-to-end tests, Chinese interface (Chromium, and Firefox in firefox*.e2e.ts): files with timing figures one at a time, beside the unit and DOM tests"
  DUBAO_SOAK_MS=${DUBAO_SOAK_MS:-30000} DUBAO_E2E_LANG=zh-CN npx vitest run --config vitest.e2e.config.ts "${bench_e2e[@]}" --retry=1 --reporter=default --reporter=json --outputFile.json=test-results/e2e.json | tee -a test-results/e2e-output.log || fail=1
  # The English files next, two at a time (no figure of theirs is read in English), while the unit and DOM tests still run:
  # the timed files end some 50 s before them (December 2026 runs), time the paced gestures, which need an idle
  # machine, would otherwise spend waiting.
  step "end-to-end tests that show the extension's words, English interface (tagged ui-text), two at a time, beside the unit and DOM tests"
  DUBAO_E2E_LANG=en npx vitest run --config vitest.e2e.config.ts "${ui_e2e[@]}" --tags-filter=ui-text --fileParallelism --maxWorkers=2 --retry=1 --reporter=default --reporter=json --outputFile.json=test-results/e2e-en.json | tee -a test-results/e2e-output.log || fail=1
fi

step "unit and DOM tests (their output, once they have ended)"
wait "$unit" || fail=1
cat test-results/unit.log

if [ "$built" = 1 ]; then
  step "end-to-end tests, Chinese interface: gestures paced in real time, one at a time"
  DUBAO_E2E_LANG=zh-CN npx vitest run --config vitest.e2e.config.ts "${paced_e2e[@]}" --retry=1 --reporter=default --reporter=json --outputFile.json=test-results/e2e-paced.json | tee -a test-results/e2e-output.log || fail=1
  # These files run in a Chromium whose renderers may hold pages of several sites
  # (tests/e2e/chromium-args.ts): 620 instead of 722 s of processor time for the group, all 219
  # tests passing either way (paired runs, December 2026); the timed files keep Chromium's default.
  step "end-to-end tests, Chinese interface: the other files, two at a time"
  DUBAO_E2E_SHARED_RENDERERS=1 DUBAO_E2E_LANG=zh-CN npx vitest run --config vitest.e2e.config.ts "${excluded[@]}" --fileParallelism --maxWorkers=2 --retry=1 --reporter=default --reporter=json --outputFile.json=test-results/e2e-more.json | tee -a test-results/e2e-output.log || fail=1
else
  fail=1
fi

if [ -f test-results/e2e-output.log ]; then
  retried=$(sed 's/\x1b\[[0-9;]*m//g' test-results/e2e-output.log | grep -F '(retry x' | grep -v '^ *×' || true)
  if [ -n "$retried" ]; then
    echo; echo "end-to-end tests that passed only on their second try (look into these):"; echo "$retried"
  else
    echo; echo "no end-to-end test needed a second try"
  fi
fi

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of ["test-results/unit.json", "test-results/e2e.json", "test-results/e2e-paced.json", "test-results/e2e-more.json", "test-results/e2e-en.json"]) {
  if (!fs.existsSync(f)) { console.log(`no results in ${f}: that step did not run to the end`); failed++; continue; }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  // A step in which no test ran (none found, or every one filtered out) counts as a failure.
  passed += r.numPassedTests; failed += r.numFailedTests + (r.numPassedTests + r.numFailedTests === 0 ? 1 : 0);
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
' || fail=1
echo "npm test: ${SECONDS} s in all"
exit $fail
