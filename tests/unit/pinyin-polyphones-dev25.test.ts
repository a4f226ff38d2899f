// The twenty-fifth development set of polyphones (tests/fixtures/polyphones-dev25.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character in a kind of use the reader still
// missed out of fold on the CPP data: 调 diào of a transfer of post, 奔 bèn of heading for a place or
// an aim, 地 de after an adjective in 性, 得 de after a verb before a word of degree, 背 bēi of
// carrying, 应 yīng as a modal, 弹 tán / dàn, 切 qiē — with the same characters in contrasting common
// uses, and sentences on the polyphones most frequent in local news in contexts pinyin-pro misreads;
// written before the reader was run on them. Readings by the Xiandai Hanyu Cidian (7th ed.) and
// CC-CEDICT, as the earlier sets (the file's first element gives the conventions and the least
// certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev25 from '../fixtures/polyphones-dev25.json';

polyphoneSetSuite('dev25', 'twenty-fifth development set (kinds of use of CPP misses, news polyphones)', dev25, 0.7, 100);
