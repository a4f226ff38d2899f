// The thirteenth development set of news polyphones (tests/fixtures/polyphones-dev13.json, issue 15):
// measure words and quantities (石 dàn, 斗, 量, 片), place names and surnames, sport, law and courts,
// science and technology, household life, classical lines quoted in news, and the readings of 中
// zhòng, 强 qiǎng, 得 děi, 藏 cáng and 贾 gǔ; written before the reader was run on them. Readings by
// the Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's first element
// gives the conventions and the least certain labels). A development set: the reader's misses here
// are looked at and fixed by general means, so its figure is a tuned figure; the unfitted one is
// polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev13 from '../fixtures/polyphones-dev13.json';

polyphoneSetSuite('dev13', 'thirteenth development set (measures, places and surnames, sport, law, science, household, classical lines, 中 强 得 藏 贾)', dev13, 0.904);
