// The ninth development set of news polyphones (tests/fixtures/polyphones-dev9.json, issue 15):
// arts and culture, classical quotations, science columns, transport, housing, tourism, e-commerce and livestreaming,
// volunteer stories, family pages, foreign names and brands,
// sentences written before the reader was run on them.
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json (tests/unit/pinyin.test.ts).
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev9 from '../fixtures/polyphones-dev9.json';

polyphoneSetSuite('dev9', 'ninth development set (arts, classics, science, transport, housing, tourism, e-commerce, volunteer, family, brands)', dev9, 0.99);
