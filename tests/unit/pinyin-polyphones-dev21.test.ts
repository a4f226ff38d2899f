// The twenty-first development set of polyphones (tests/fixtures/polyphones-dev21.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character of the kinds the reader still
// misses out of fold on CPP and no set since the seventeenth took (断头浜 bāng, 差距 chā / 出差 chāi /
// 参差 cī, 强迫 qiǎng / 倔强 jiàng, 上当 dàng, 少先队 shào, 搁不住 gé, 粘贴 zhān, 翘首 qiáo, 逮住 dǎi,
// 拾级 shè, 七里泷 lóng, 牟平 mù, 矫情 jiáo, 胸脯 pú, 捋袖子 luō, 咧嘴 liě, 澄清 dèng, 楞 lèng / léng,
// 叨扰 tāo, the particles 啊 à / a, 啦, 哦 ò, 呗, 哩 …), and the same characters in contrasting words;
// written before the reader was run on them. Readings by the Xiandai Hanyu Cidian (7th ed.) and
// CC-CEDICT, as the earlier sets (the file's first element gives the conventions and the least
// certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev21 from '../fixtures/polyphones-dev21.json';

polyphoneSetSuite('dev21', 'twenty-first development set (news, fiction, speech and encyclopedic registers)', dev21, 0.9, 100);
