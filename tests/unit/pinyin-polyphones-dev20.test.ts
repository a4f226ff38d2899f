// The twentieth development set of polyphones (tests/fixtures/polyphones-dev20.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character of the kinds the reader still
// misses out of fold on CPP, one or two misses a character (呛水 qiāng / 呛人 qiàng, 擂台 lèi /
// 擂鼓 léi, 圩区 wéi / 赶圩 xū, 划算 huá / 划拨 huà, 爪牙 zhǎo / 爪子 zhuǎ, 琢磨 zuó, 葛 gě, 吐蕃 bō,
// 蔓菁 mán, 莘莘 shēn, 网吧 bā, 禅让 shàn, 露面 lòu, 害臊 sào, 弹药 dàn, 执拗 niù, 挨饿 ái, 褪下 tùn,
// 尽量 jǐn, 缝补 féng, 揣摩 chuǎi, 剥削 bō, 道观 guàn, 削减 xuē, 校对 jiào, 盛饭 chéng, 撒种 sǎ …),
// and the same characters in contrasting words; written before the reader was run on them.
// Readings by the Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's
// first element gives the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev20 from '../fixtures/polyphones-dev20.json';

polyphoneSetSuite('dev20', 'twentieth development set (news, fiction, speech and encyclopedic registers)', dev20, 0.85, 120);
