// Six small groups of Firefox tests (each was a file with a Firefox of its own) in one Firefox:
// launching Firefox and installing Dubao is the slow step of a Firefox file (10–20 s on the
// shared machine, FIREFOX_LAUNCH_MS), and none of these tests restarts the browser, reloads the
// extension or keeps anything but Dubao's own state. Each group starts with that state emptied
// (resetFirefoxState: storage and databases, as a new install has them) and closes the tabs it
// opened, so each sees what it saw in a Firefox of its own. What each checks: the files named.
import { firefoxPerFile } from './firefox-harness';
import { keyboardTests } from './firefox-keyboard';
import { marksUnderPinyinTests } from './firefox-marks-under-pinyin';
import { noteMarkTests } from './firefox-note-mark';
import { pinyinLookTests } from './firefox-pinyin-look';
import { styleTests } from './firefox-style';
import { wordsTests } from './firefox-words';

const firefox = firefoxPerFile();

keyboardTests(firefox);
marksUnderPinyinTests(firefox);
noteMarkTests(firefox);
pinyinLookTests(firefox);
styleTests(firefox);
wordsTests(firefox);
