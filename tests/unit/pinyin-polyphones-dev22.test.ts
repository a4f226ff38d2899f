// The twenty-second development set of polyphones (tests/fixtures/polyphones-dev22.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character of the kinds of use the reader still
// misses out of fold on CPP after the seventeenth to twenty-first sets (汗 hán of a khan's name, 扛鼎
// gāng, 晕 yùn of a halo, 将 jiàng of a rank, 藏 cáng / zàng, 累迁 lěi, 劲骑 jìng, 斗拱 dǒu, 挑檐 tiǎo,
// 靡 mǐ, 复炸 zhá, 镐 gǎo, 应 yīng before a verb, 供奉 gòng, 相位 xiàng, 钻 zuān / zuàn, 把 + 儿子 bǎ,
// 着 zhe before 地 / 手 …), and the same characters in contrasting words;
// written before the reader was run on them. Readings by the Xiandai Hanyu Cidian (7th ed.) and
// CC-CEDICT, as the earlier sets (the file's first element gives the conventions and the least
// certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev22 from '../fixtures/polyphones-dev22.json';

polyphoneSetSuite('dev22', 'twenty-second development set (news, fiction, speech and encyclopedic registers)', dev22, 0.9, 100);
