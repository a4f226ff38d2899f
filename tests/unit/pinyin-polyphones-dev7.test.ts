// The seventh development set of news polyphones (tests/fixtures/polyphones-dev7.json, issue 15):
// international and wire news, sports reports, travel, food and local customs, local history and
// chronicles, surnames, sentences written before the reader was run on them.
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json (tests/unit/pinyin.test.ts).
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev7 from '../fixtures/polyphones-dev7.json';

polyphoneSetSuite('dev7', 'seventh development set (international and wire news, sport, travel and food, local history)', dev7, 0.98);
