import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { CORRECTIONS, findCorrections, modelReadings, readings } from '../../lib/pinyin';
import type { Correction } from '../../lib/pinyin';

const CORPUS = join(__dirname, '../fixtures/corpus');

/** Body paragraphs of the two corpus pages (print-line breaks already repaired in the gold files). */
const paragraphs: string[] = ['xsrb-page-narrow-columns.gold.json', 'zj-page-column-breaks.gold.json'].flatMap((f) =>
  (JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as { blocks: { text: string }[] }).blocks.map((b) => b.text),
);

function readingAt(perCodePoint: readonly string[], text: string, index: number, word: string): string {
  const start = Array.from(text.slice(0, index)).length;
  return perCodePoint.slice(start, start + Array.from(word).length).join(' ');
}

function hitsOf(c: Correction, text: string): number[] {
  return findCorrections(text)
    .filter((h) => h.correction === c)
    .map((h) => h.index);
}

/**
 * Whether pinyin-pro alone, or pinyin-pro with the polyphone model (the reader before the
 * table), misreads the word somewhere this correction applies.
 */
function pinyinProMisreads(c: Correction, text: string): boolean {
  const base = pinyin(text, { type: 'array', toneType: 'symbol' });
  const model = modelReadings(text);
  return hitsOf(c, text).some((i) => readingAt(base, text, i, c.word) !== c.pinyin || readingAt(model, text, i, c.word) !== c.pinyin);
}

describe('correction table', () => {
  it('is well formed', () => {
    for (const c of CORRECTIONS) {
      expect(c.pinyin.split(' '), c.word).toHaveLength(Array.from(c.word).length);
      expect(Array.from(c.word).every((ch) => /^\p{Script=Han}$/u.test(ch)), c.word).toBe(true);
      expect(c.example.includes(c.word), c.word).toBe(true);
      for (const k of c.keep ?? []) expect(k.includes(c.word), `${c.word}: ${k}`).toBe(true);
    }
  });

  describe.each(CORRECTIONS.map((c, i) => [`${i} ${c.word} → ${c.pinyin}`, c] as const))('%s', (_name, c) => {
    it('applies in its example, with the final reading', () => {
      const hits = hitsOf(c, c.example);
      expect(hits.length).toBeGreaterThan(0);
      const r = readings(c.example);
      for (const i of hits) expect(readingAt(r, c.example, i, c.word)).toBe(c.pinyin);
    });

    it('does not apply where it must not', () => {
      for (const k of c.keep ?? []) expect(hitsOf(c, k), k).toEqual([]);
    });

    it('is needed: pinyin-pro or the model misreads its example or a corpus paragraph', () => {
      const needed = pinyinProMisreads(c, c.example) || paragraphs.some((p) => pinyinProMisreads(c, p));
      expect(needed).toBe(true);
    });
  });
});

describe('corrections in context', () => {
  it('一行: delegation vs a line of text', () => {
    expect(readings('徐建中一行赴北干街道').slice(3, 5)).toEqual(['yì', 'xíng']);
    expect(readings('一行人沿着江堤步行考察').slice(0, 3)).toEqual(['yì', 'xíng', 'rén']);
    expect(readings('纸上只写了一行字').slice(5, 7)).toEqual(['yì', 'háng']);
    expect(readings('干一行爱一行').slice(0, 6)).toEqual(['gàn', 'yì', 'háng', 'ài', 'yì', 'háng']);
  });

  it('only corrects the characters of the word', () => {
    const text = '市民只需带好身份证';
    const base = pinyin(text, { type: 'array', toneType: 'symbol' });
    const ours = readings(text);
    expect(ours.slice(2, 4)).toEqual(['zhǐ', 'xū']);
    expect([...ours.slice(0, 2), ...ours.slice(4)]).toEqual([...base.slice(0, 2), ...base.slice(4)]);
  });

  it('works across non-BMP characters before the word', () => {
    const r = readings('𠮷𠮷只需一次');
    expect(r.slice(2, 4)).toEqual(['zhǐ', 'xū']);
  });

  it('changes no reading in the corpus for the worse (all changes are listed)', () => {
    const changes: string[] = [];
    for (const p of paragraphs) {
      const base = pinyin(p, { type: 'array', toneType: 'symbol' });
      const cps = Array.from(p);
      const ours = readings(p);
      cps.forEach((ch, i) => {
        const b = /^\p{Script=Han}$/u.test(ch) && base[i] !== ch ? (base[i] ?? '') : '';
        if (b !== ours[i]) changes.push(`${cps.slice(Math.max(0, i - 2), i + 3).join('')}:${ch} ${b}→${ours[i]}`);
      });
    }
    // Changes the polyphone model makes on these news pages that are WRONG (checked by hand against
    // the Xiandai Hanyu Cidian): dictionary words that overlap the real word (更深 gēngshēn) and
    // CPP's rarer readings. Known regressions, listed so that they stay visible; a fix removes them
    // from this list (充分|发挥 read as 分发 and 地上 shang went when a word crossing the chosen one
    // stopped counting as evidence; 手机上|都能 read as 上都 Shàngdū went with the 都 dōu after 上 rule, lib/pinyin/daily-patterns.ts; 工作|中的 as 中的 zhòngdì and 平台 tāi went with the 中 zhōng before 的
    // and 台 tái rules, lib/pinyin/column-patterns.ts).
    const knownWrong = [
      '开展更深层:更 gèng→gēng',
      '药、累可歇:累 lèi→lěi',
    ];
    for (const w of knownWrong) expect(changes, w).toContain(w);
    // Every change below was checked by hand against the Xiandai Hanyu Cidian reading and is right
    // (态度 tàidu with the neutral tone, 知识 zhīshí — the dictionary also gives zhīshi —, 含量 liàng).
    expect(changes.filter((c) => !knownWrong.includes(c)).sort()).toMatchInlineSnapshot(`
      [
        ",该行将继:行 xíng→háng",
        "、一干到底:干 gān→gàn",
        "、都得回。:得 dé→děi",
        "中一行实地:行 háng→xíng",
        "中一行赴北:行 háng→xíng",
        "中心为抓手:为 wèi→wéi",
        "事”为切入:为 wèi→wéi",
        "公安分局召:分 fèn→fēn",
        "公安分局局:分 fèn→fēn",
        "具体为，鼓:为 wèi→wéi",
        "养上率先探:率 lǜ→shuài",
        "单,倒排时:倒 dǎo→dào",
        "口有好学校:好 hào→hǎo",
        "含新量”注:量 liáng→liàng",
        "员态度也很:度 dù→du",
        "品牌为牵引:为 wèi→wéi",
        "园托得起也:得 dé→de",
        "坚定地说。:地 dì→de",
        "安心地上班:地 dì→de",
        "局局长张亮:长 cháng→zhǎng",
        "山分行城厢:行 xíng→háng",
        "山分行城厢:行 xíng→háng",
        "市民只需带:只 zhī→zhǐ",
        "底、一干到:一 yì→yí",
        "战部将以“:将 jiàng→jiāng",
        "扛起重振工:重 zhòng→chóng",
        "效率地惠及:地 dì→de",
        "救知识培训:识 shi→shí",
        "教材为蓝本:为 wèi→wéi",
        "柚同行”萧:行 háng→xíng",
        "柚同行”萧:行 háng→xíng",
        "柚同行”青:行 háng→xíng",
        "柚同行”青:行 háng→xíng",
        "步放大城市:大 dài→dà",
        "管理为抓手:为 wèi→wéi",
        "至该行辖内:行 xíng→háng",
        "街道为试点:为 wèi→wéi",
        "责人参加调:参 shēn→cān",
        "车偷倒建筑:倒 dǎo→dào",
        "镇是台州朱:台 tái→tāi",
        "问题为导向:为 wèi→wéi",
      ]
    `);
  });
});
