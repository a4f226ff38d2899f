// The sixth development set of news polyphones (tests/fixtures/polyphones-dev6.json, issue 15):
// reported speech, social news, science and industry, services and consumer news, numbers and
// measures, sentences written before the reader was run on them.
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json (tests/unit/pinyin.test.ts).
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev6 from '../fixtures/polyphones-dev6.json';

polyphoneSetSuite('dev6', 'sixth development set (reported speech, social news, science, services, numbers)', dev6, 0.98);
