// The twenty-fourth development set of polyphones (tests/fixtures/polyphones-dev24.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character in a kind of use the reader still
// missed out of fold on the CPP data: 斗拱 dǒu, 藏 cáng of a collection and zàng of Tibet, 累 lěi of a
// career, 晕 yūn / yùn, 糊 hù of a paste, 靡 mǐ, 着 zhe before a 着 word's second character, 弹 tán /
// dàn, 盛 chéng, 哦 o, 切 qiē, 挨 ái, 钉 dìng, 子 zǐ, 应 yīng, 为 wéi — and the same characters in
// contrasting common uses; written before the reader was run on them. Readings by the Xiandai Hanyu
// Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's first element gives the conventions
// and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev24 from '../fixtures/polyphones-dev24.json';

polyphoneSetSuite('dev24', 'twenty-fourth development set (kinds of use of CPP misses)', dev24, 0.85, 100);
