// The fifth development set of news polyphones (tests/fixtures/polyphones-dev5.json, issue 15):
// the culture, literary and people pages, sentences written before the reader was run on them.
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json (tests/unit/pinyin.test.ts).
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev5 from '../fixtures/polyphones-dev5.json';

polyphoneSetSuite('dev5', 'fifth development set (culture, literary and people pages)', dev5, 0.97);
