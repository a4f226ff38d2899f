// The first module the annotator script runs (imported first by entrypoints/annotator.ts): marks
// when the injected script has reached the page and been compiled, before its modules' set-up
// (tests/e2e/pinyin-speed.e2e.ts prints it). Once per injection.
performance.mark('dubao:annotator-start');

export {};
