// The sixteenth development set of news polyphones (tests/fixtures/polyphones-dev16.json, issue 15):
// sentences of the sport, technology, market, everyday-life and local-history pages, each with one
// polyphonic character the earlier sets hold few items of (审时度势 duó, 正月 zhēng, 上吐下泻 tù,
// 重担 dàn, 开花结果 jiē, 剥毛豆 bāo, 晕车 yùn, 强劲 jìng, 卫冠 guàn, 反省 xǐng, 晒场 cháng, 拓片 tà,
// 起哄 hòng, 哽咽 yè, 露馅 lòu, 校对 jiào, 撒网 sā, 头昏脑涨 zhàng, 蛮横 hèng, 卡壳 qiǎ …) and the
// same characters in contrasting words; written before the reader was run on them. Readings by the
// Xiandai Hanyu Cidian (7th ed.) and CC-CEDICT, as the earlier sets (the file's first element gives
// the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev16 from '../fixtures/polyphones-dev16.json';

polyphoneSetSuite('dev16', 'sixteenth development set (sport, technology, market, life and local-history pages)', dev16, 0.9);
