// The seventeenth development set of polyphones (tests/fixtures/polyphones-dev17.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character of the kinds the reader misses
// most out of fold on CPP (评为 / 降为 / 贬为 wéi, 现藏于 cáng, 援藏 zàng, …弄三号 lòng, 可汗 hán,
// 扛鼎 gāng, 累迁 lěi, 守将 jiàng, 乞降 xiáng, 劲敌 jìng, 电钻 zuàn, 夹袄 jiá, 杠杆 gǎn, 油炸 zhá,
// 闷热 mēn, 铺设 pū, 挑大梁 tiǎo, 投奔 bèn …), transliterated names and surnames, and the same
// characters in contrasting words; written before the reader was run on them. Readings by the
// Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's first element gives
// the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev17 from '../fixtures/polyphones-dev17.json';

polyphoneSetSuite('dev17', 'seventeenth development set (news, fiction, speech and encyclopedic registers)', dev17, 0.85);
