// The twenty-sixth development set of polyphones (tests/fixtures/polyphones-dev26.json, issue 15):
// sentences in the four registers the CPP benchmark mixes (news, fiction-like narration, everyday
// speech, encyclopedic prose), each with one polyphonic character in a kind of use the reader still
// missed out of fold on the CPP data: 尽 jǐn of 尽量 / 尽快, 把 bǎ before 儿子, 单 dān of 名单于,
// 弹 tán of playing, 任 rèn of taking a post, 累 lèi, 恶 wù, 挣 zhèng, 捋 luō, 闷 mēn, 呛 qiàng, 咧 liě
// — with the same characters in contrasting common uses, and sentences on the polyphones most frequent in local news in contexts pinyin-pro misreads;
// written before the reader was run on them. Readings by the Xiandai Hanyu Cidian (7th ed.) and
// CC-CEDICT, as the earlier sets (the file's first element gives the conventions and the least
// certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev26 from '../fixtures/polyphones-dev26.json';

polyphoneSetSuite('dev26', 'twenty-sixth development set (kinds of use of CPP misses, news polyphones)', dev26, 0.5, 60);
