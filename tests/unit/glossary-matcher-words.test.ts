// The word-aware matching of lib/glossary/matcher.ts (segmentation in lib/glossary/segment.ts): a
// form is underlined only where it is a word of the sentence, and Latin forms need Latin word
// boundaries. Small hand-made lexicons stand in for the dictionary words.
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { buildMatcher } from '../../lib/glossary/matcher';

/** A minimal well-formed entry for synthetic glossaries. */
function entry(id: string, term: string, variants: string[] = []): GlossaryEntry {
  return {
    id,
    term,
    variants,
    category: 'slogans',
    scope: 'national',
    gloss: id,
    zh: `${term}。`,
    en: `${id}.`,
    related: [],
  };
}

describe('buildMatcher: word-aware', () => {
  // Small hand-made lexicons: the words a reader would split these sentences into.
  const entries = [
    entry('renda', '人大'),
    entry('zhenjie', '镇街'),
    entry('shuangjian', '双减'),
    entry('dip', 'DIP', ['DRG/DIP']),
    entry('shuangkai', '双开'),
    entry('diyang', '低空经济'),
  ];
  const words = ['个人', '本人', '大专', '城镇', '街道', '减少', '老人', '大多', '双开门', '被人', '大声', '经济发展', '低空', '推动', '发展'];
  const m = buildMatcher(entries, undefined, { words });

  it('does not match a form that straddles two words', () => {
    expect(m.match('办理个人大额转账')).toEqual([]);
    expect(m.match('请本人大专以上学历者')).toEqual([]);
    expect(m.match('全区城镇街道两侧')).toEqual([]);
    expect(m.match('作业量双减少')).toEqual([]);
    expect(m.match('老人大多住在家里')).toEqual([]);
  });

  it('punctuation inside a form is no word: a form holding brackets does not straddle a word before it', () => {
    const withBrackets = buildMatcher([entry('zhenjie', '镇街', ['镇（街道）'])], undefined, { words: ['乡镇', '城镇', '街道'] });
    // 乡镇|（|街道|） is two words and two marks, 乡 + 镇（街道） two pieces: the marks cost nothing.
    expect(withBrackets.match('全区14个乡镇（街道）全部完成')).toEqual([]);
    expect(withBrackets.match('各城镇（街道）')).toEqual([]);
    expect(withBrackets.match('各镇（街道）要落实').map((x) => x.id)).toEqual(['zhenjie']);
    expect(withBrackets.match('镇（街道）干部').map((x) => x.id)).toEqual(['zhenjie']);
  });

  it('on a tie, a conjunction or particle standing alone beats a rare dictionary word it would end', () => {
    // CC-CEDICT's 地和 (a mahjong hand) and 民和 (a county) end in 和: 抛荒地|和 and 新市民|和 are the
    // readings, not 抛荒|地和 or 新|市民和. Both segmentations have two pieces; 和 alone wins the tie.
    const tie = buildMatcher([entry('paohuang', '抛荒地', ['抛荒']), entry('xinshimin', '新市民'), entry('renda', '人大'), entry('fufen', '赋分')], undefined, {
      words: ['抛荒', '地和', '市民', '民和', '当地', '大都', '分为', '起点', '被人', '大声'],
    });
    expect(tie.match('对抛荒地和“非粮化”耕地开展整治').map((x) => x.id)).toEqual(['paohuang']);
    expect(tie.match('对抛荒地和“非粮化”耕地开展整治').map((x) => x.end - x.start)).toEqual([3]);
    expect(tie.match('面向新市民和青年人').map((x) => x.id)).toEqual(['xinshimin']);
    expect(tie.match('起点赋分为40分').map((x) => x.id)).toEqual(['fufen']);
    // Not every short character stands alone: 大都 ("mostly") keeps 都, so 人大 stays unfound; and a
    // particle already alone on both readings changes nothing (被|人|大声).
    expect(tie.match('当地人大都说方言')).toEqual([]);
    expect(tie.match('被人大声呵斥')).toEqual([]);
  });

  it('does not match a form inside a longer lexicon word', () => {
    expect(m.match('双开门冰箱')).toEqual([]);
  });

  it('a tie between a segmentation with a short form and one without goes against the form', () => {
    // 被|人|大声 and 被|人大|声 both have three pieces.
    expect(m.match('被人大声呵斥')).toEqual([]);
  });

  it('matches a form that is a word of the sentence', () => {
    expect(m.match('区人大常委会，落实双减政策，九个镇街').map((x) => x.id)).toEqual(['renda', 'shuangjian', 'zhenjie']);
    expect(m.match('人大代表').map((x) => x.id)).toEqual(['renda']);
  });

  it('a long form wins a tie against a word that crosses its end', () => {
    expect(m.match('推动低空经济发展').map((x) => x.id)).toEqual(['diyang']);
  });

  it('a long form that starts inside a word before it loses a tie to the words (it has no edge there)', () => {
    const long = buildMatcher([entry('dasizheng', '大思政课'), entry('diyang', '低空经济')], undefined, { words: ['加大', '思政课', '低空', '经济发展', '推动', '发展'] });
    const found = (text: string): string[] => long.match(text).map((x) => text.slice(x.start, x.end));
    // 加大|思政课 and 加|大思政课 both have two pieces; the form would tear 加 off 加大.
    expect(found('学校加大思政课教师培训力度')).toEqual([]);
    expect(found('学校推进大思政课建设')).toEqual(['大思政课建设']); // 建设 taken in after the term (./heads.ts)
    // A word crossing the form's end is no such tear: 推动|低空经济|发展 still wins.
    expect(found('推动低空经济发展')).toEqual(['低空经济']);
  });

  it('Latin forms need Latin word boundaries', () => {
    expect(m.match('凭diploma原件')).toEqual([]);
    expect(m.match('凭 DIPLOMA 原件')).toEqual([]);
    expect(m.match('推行DIP改革，DRG/DIP付费').map((x) => x.start)).toEqual([2, 8]);
    expect(m.match('a DIP b').map((x) => x.start)).toEqual([2]);
  });

  it('a Chinese form ending in Latin letters may be followed by a figure, a Latin form may not', () => {
    const latin = buildMatcher([entry('ceo', '乡村CEO'), entry('cunba', '村BA'), entry('dip', 'DIP')]);
    const found = (text: string): string[] => latin.match(text).map((x) => text.slice(x.start, x.end));
    expect(found('培育乡村CEO15名，村BA8强赛开打')).toEqual(['乡村CEO', '村BA']);
    expect(found('乡村CEOs、村BAR、DIP2、村BA')).toEqual(['村BA']);
    expect(found('推行DIP，村BA')).toEqual(['DIP', '村BA']);
  });

  it('a figure after such a form must be digits only: a code that goes on with a letter is not a count', () => {
    const plate = buildMatcher([entry('zheba', '浙BA'), entry('ceo', '乡村CEO')]);
    const found = (text: string): string[] => plate.match(text).map((x) => text.slice(x.start, x.end));
    expect(found('车牌为浙BA7Q26的小客车，浙BA8强，乡村CEO15名')).toEqual(['浙BA', '乡村CEO']);
    expect(found('车牌浙BA12345C')).toEqual([]);
    expect(found('浙BA2025')).toEqual(['浙BA']);
  });

  it('a Chinese form ending in a figure may be followed by a Latin word, not by one letter or a code', () => {
    const app = buildMatcher([entry('jiaoguan', '交管12123'), entry('rexian', '12345'), entry('g60', 'G60科创走廊'), entry('wuba', '浙BA')]);
    const found = (text: string): string[] => app.match(text).map((x) => text.slice(x.start, x.end));
    // Changed by the rule: before it, none of these was found.
    expect(found('通过交管12123APP查询')).toEqual(['交管12123APP']); // APP, a designation noun (heads.ts), is taken in
    expect(found('下载交管12123App，再登录')).toEqual(['交管12123App']);
    // Left alone: a one-letter suffix, a letter run a digit continues, a Latin form, a letter before a figure.
    expect(found('交管12123A查询')).toEqual([]);
    expect(found('交管12123AB5查询')).toEqual([]);
    expect(found('拨打12345APP热线')).toEqual([]);
    expect(found('编号X12345')).toEqual([]);
    expect(found('浙BA7Q26')).toEqual([]);
    expect(found('交管12123，热线12345')).toEqual(['交管12123', '12345']);
  });

  it('without a lexicon every form occurrence on its own is matched', () => {
    expect(buildMatcher(entries).match('办理个人大额转账').map((x) => x.id)).toEqual(['renda']);
  });
});
