// The eighth development set of news polyphones (tests/fixtures/polyphones-dev8.json, issue 15):
// court and police reports, health and hospital news, weather and disasters, finance briefs,
// school and exam news, agriculture, obituary and memoir prose, Zhejiang places and surnames,
// sentences written before the reader was run on them.
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json (tests/unit/pinyin.test.ts).
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev8 from '../fixtures/polyphones-dev8.json';

polyphoneSetSuite('dev8', 'eighth development set (court, health, weather, finance, school, farm, memoir, places and surnames)', dev8, 0.98);
