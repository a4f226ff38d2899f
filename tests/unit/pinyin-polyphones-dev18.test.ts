// The eighteenth development set of polyphones (tests/fixtures/polyphones-dev18.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character of the kinds the reader still
// misses out of fold on CPP (陂塘 bēi, 扒手 pá / 扒开 bā, 强劲 jìng, 操纵杆 gǎn, 一层为展厅 wéi,
// 参将 jiàng, 车臣汗 hán, 蔚县 yù, 鲗鱼涌 chōng, 酬酢 zuò, 薄饼 báo, 问蒙了 mēng, 槛车 jiàn,
// 调任 diào, 记载 zǎi, 率队 shuài, 泡桐 pāo, 钉上 dìng, 理应 yīng, 风靡 mǐ, 铁镐 gǎo, 子公司 zǐ …),
// and the same characters in contrasting words; written before the reader was run on them.
// Readings by the Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's
// first element gives the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev18 from '../fixtures/polyphones-dev18.json';

polyphoneSetSuite('dev18', 'eighteenth development set (news, fiction, speech and encyclopedic registers)', dev18, 0.85);
