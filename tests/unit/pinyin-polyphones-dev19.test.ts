// The nineteenth development set of polyphones (tests/fixtures/polyphones-dev19.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character of the kinds the reader still
// misses out of fold on CPP (援藏 zàng / 收藏 cáng, 夹袄 jiá, 抡元 lún, 缪姓 miào, 柏林 bó, 铣床 xǐ,
// 芝麻糊 hù, 切开 qiē, 卷起 juǎn, 晕倒 yūn, 投奔 bèn, 摇晃 huàng, 闷热 mēn, 勾画 gōu, 油炸 zhá,
// 扛鼎 gāng, 电钻 zuàn, 累计 lěi, 氓 méng, 崴脚 wǎi, 锔瓷 jū, 劲旅 jìng …), and the same characters
// in contrasting words; written before the reader was run on them.
// Readings by the Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's
// first element gives the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev19 from '../fixtures/polyphones-dev19.json';

polyphoneSetSuite('dev19', 'nineteenth development set (news, fiction, speech and encyclopedic registers)', dev19, 0.85, 120);
