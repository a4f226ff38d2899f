// The fourteenth development set of news polyphones (tests/fixtures/polyphones-dev14.json, issue 15):
// a polyphone inside an idiom (成语), a set phrase, a proverb or a 歇后语 as news uses them (量体裁衣
// liàng, 屡见不鲜 xiān, 一曝十寒 pù, 否极泰来 pǐ, 好逸恶劳 hào wù …), and the same characters in
// ordinary words for contrast; written before the reader was run on them. Readings by the Xiandai
// Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's first element gives the
// conventions and the least certain labels). A development set: the reader's misses here are looked
// at and fixed by general means, so its figure is a tuned figure; the unfitted one is
// polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev14 from '../fixtures/polyphones-dev14.json';

polyphoneSetSuite('dev14', 'fourteenth development set (idioms, set phrases, proverbs and 歇后语, with contrasting ordinary words)', dev14, 0.953);
