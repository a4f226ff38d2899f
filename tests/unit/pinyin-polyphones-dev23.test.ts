// The twenty-third development set of polyphones (tests/fixtures/polyphones-dev23.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character of a name: a surname read by its
// surname reading in a person's name (覃 qín, 朴 piáo, 单 shàn, 解 xiè, 仇 qiú, 区 ōu, 查 zhā, 盖 gě,
// 召 shào, 繁 pó, 曾 zēng, 乐 yuè, 缪 miào, 翟 zhái, 颉 xié …) and place names with special readings
// (蔚县 yù, 黄陂 pí, 涌 chōng, 六安 lù, 铅山 yán, 番禺 pān, 浒墅关 xǔ, 大埔 bù, 丽水 lí, 台州 tāi …), and the
// same characters in ordinary words; written before the reader was run on them. Readings by the
// Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's first element gives
// the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev23 from '../fixtures/polyphones-dev23.json';

polyphoneSetSuite('dev23', 'twenty-third development set (surnames and place names)', dev23, 0.85, 80);
