// The fifteenth development set of news polyphones (tests/fixtures/polyphones-dev15.json, issue 15):
// a polyphonic character in single-character or function-word use (吃得了 liǎo, 上当 dàng, 数了数
// shǔ, 倒两趟车 dǎo, 系好安全带 jì, 该车系套牌车 xì, 说话有点冲 chòng, 看孩子 kān, 得赶紧 děi …)
// where the earlier sets are thin, and the same characters in ordinary words for contrast; written
// before the reader was run on them. Readings by the Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as
// the earlier sets (the file's first element gives the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev15 from '../fixtures/polyphones-dev15.json';

polyphoneSetSuite('dev15', 'fifteenth development set (single-character and function-word uses, with contrasting ordinary words)', dev15, 0.9);
