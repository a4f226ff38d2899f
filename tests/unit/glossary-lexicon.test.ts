import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, buildGlossaryMatcher } from '../../lib/glossary/data';
import { edgeWords, measureWords, parseWordList, splitWords, wordsIn } from '../../lib/glossary/lexicon';
import { buildMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { newLexicon } from '../../lib/glossary/segment';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { matchingForms } from '../../lib/glossary/matcher';

/** A minimal entry with one form. */
const entry = (id: string, term: string): GlossaryEntry =>
  ({ id, term, variants: [], category: 'gov-services', scope: 'national', gloss: term, zh: term, en: term, related: [], source: '—' }) as GlossaryEntry;

describe('edgeWords', () => {
  const dict = ['个人', '大额', '本人', '大专', '附中', '双开门', '天气', '人民', '额度', '专科', '研究'];

  it('keeps the words that cross a form\'s edge or contain a form, and nothing else', () => {
    expect(edgeWords(['人大', '双开'], dict)).toEqual(['个人', '双开门', '大专', '大额', '本人']);
  });

  it('drops forms themselves, non-Han words and words longer than six characters', () => {
    expect(edgeWords(['人大'], ['人大', 'AI人', '中华人民共和国人大', '人大附中'])).toEqual(['人大附中']);
  });

  it('keeps a word that is the head or tail of a short form, the other half of the boundary (刷新|高考)', () => {
    expect(edgeWords(['新高考'], ['刷新', '高考', '考场', '新高', '高中'])).toEqual(['刷新', '新高', '考场', '高考']);
    const words = edgeWords(['新高考'], ['刷新', '高考']);
    const m = buildMatcher([entry('xingaokao', '新高考')], undefined, { words });
    expect(m.match('多名考生刷新高考最好成绩')).toEqual([]);
    expect(m.match('新高考改革后学生自主选考').map((x) => x.term)).toEqual(['新高考']);
  });

  it('does not keep a word that is a form and its office (信访局), so the term is underlined in the office\'s name (dev120)', () => {
    expect(edgeWords(['信访', '政局', '双开'], ['信访局', '信访办', '邮政局', '双开门', '信访'])).toEqual(['双开门', '邮政局']);
    const words = edgeWords(['信访', '政局'], ['信访局', '邮政局']);
    const m = buildMatcher([entry('xinfang', '信访'), entry('zhengju', '政局')], undefined, { words });
    expect(m.match('市信访局通报了一季度情况').map((x) => x.term)).toEqual(['信访']);
    expect(m.match('到县信访办反映').map((x) => x.term)).toEqual(['信访']);
    // Left alone: 邮政局 ends in a form's last characters but is 邮 + 政局, and keeps 政局 hidden.
    expect(m.match('他到邮政局寄了一封信')).toEqual([]);
  });

  it('does not keep a level\'s government (县政府, 市政府) before a form that opens with 政府, so 县政府工作报告 underlines 政府工作报告 (dev136)', () => {
    expect(edgeWords(['政府工作报告'], ['县政府', '市政府', '工作报告', '县城'])).toEqual([]);
    // Kept where no form opens with 政府 (it then overlaps no form), and where a form lies inside it (市政 in 市政府).
    expect(edgeWords(['府前'], ['市政府', '政府'])).toEqual(['市政府', '政府']);
    expect(edgeWords(['政府工作报告', '市政'], ['县政府', '市政府'])).toEqual(['市政府']);
    const words = edgeWords(['政府工作报告'], ['县政府', '市政府', '工作报告']);
    const m = buildMatcher([entry('zhengfu-gongzuo-baogao', '政府工作报告')], undefined, { words });
    expect(m.match('县政府工作报告提出，今年增长6%').map((x) => x.term)).toEqual(['政府工作报告']);
    expect(m.match('市政府工作报告提出').map((x) => x.term)).toEqual(['政府工作报告']);
    // Left alone: with the form 市政, 市政府 stays a word and 市政 is not read inside it.
    const words2 = edgeWords(['政府工作报告', '市政'], ['县政府', '市政府', '工作报告']);
    const m2 = buildMatcher([entry('zhengfu-gongzuo-baogao', '政府工作报告'), entry('shizheng', '市政')], undefined, { words: words2 });
    expect(m2.match('他到市政府门口等车')).toEqual([]);
  });

  it('does not keep 据统计 before a form that opens with 统计, so 据统计公报 underlines 统计公报 (dev136)', () => {
    expect(edgeWords(['统计公报'], ['据统计', '据报道', '公报'])).toEqual([]);
    // Kept where no form opens with 统计 but one crosses it.
    expect(edgeWords(['计划'], ['据统计'])).toEqual(['据统计']);
    const words = edgeWords(['统计公报', '报道员'], ['据统计', '据报道', '公报']);
    const m = buildMatcher([entry('tongji-gongbao', '统计公报'), entry('baodaoyuan', '报道员')], undefined, { words });
    expect(m.match('据统计公报，全市增长5%').map((x) => x.term)).toEqual(['统计公报']);
    // Left alone: 据统计 with no form after it reads nothing.
    expect(m.match('据统计，今年游客超过百万')).toEqual([]);
  });

  it('does not keep the inner words of a longer form, which would cost it its lead (全国|人大常委会)', () => {
    expect(edgeWords(['人大常委会'], ['常委会', '全国人大'])).toEqual(['全国人大']);
  });

  it('counts a numeral with a measure word as a word (一把|手电筒, not 一把手|电筒)', () => {
    expect(measureWords()).toContain('一把');
    expect(measureWords()).toContain('两台');
    const words = edgeWords(['一把手'], ['手电筒', '电筒', ...measureWords()]);
    expect(words).toContain('一把');
    const m = buildMatcher([entry('yibashou', '一把手')], undefined, { words });
    expect(m.match('为每户独居老人发放一把手电筒')).toEqual([]);
    expect(m.match('压实党政一把手第一责任').map((x) => x.term)).toEqual(['一把手']);
  });

  it('counts a figure with a measure word as a numeral with one (5支|子基金 as 五支|子基金, not 5|支子|基金; 3人|大声, not 3|人大)', () => {
    expect(measureWords()).toEqual(expect.arrayContaining(['5支', '1支', '3个', '0家']));
    // kept where they overlap a form's edge (3人 before 人大), and no other word that opens with a figure
    const kept = edgeWords(['子基金', '人大'], ['支子', '大声', '3D打印', ...measureWords()]);
    expect(kept).toContain('3人');
    expect(kept.filter((w) => /^[0-9]/u.test(w)).every((w) => /^[0-9]\p{Script=Han}$/u.test(w))).toBe(true);
    const words = ['支子', '大声', ...measureWords()];
    const m = buildMatcher([entry('zijijin', '子基金'), entry('renda', '人大')], undefined, { words });
    const terms = (s: string): string[] => m.match(s).map((x) => s.slice(x.start, x.end));
    // changed: a figure before the measure word no longer leaves it to a word with the form's first character
    expect(terms('今年新设了5支子基金')).toEqual(['子基金']);
    expect(terms('全市已有21支子基金')).toEqual(['子基金']);
    expect(terms('店里3人大声喧哗')).toEqual([]);
    // left alone: where the forms stood before (这支|子基金, 区|人大常委会)
    expect(terms('这支子基金规模10亿元')).toEqual(['子基金']);
    expect(terms('区人大常委会召开会议')).toEqual(['人大']);
  });

  it('counts people and the weight 两 as measure words do (两人|大打出手, 一两|新茶), so 人大 and 两新 are left there', () => {
    expect(measureWords()).toEqual(expect.arrayContaining(['两人', '三人', '一两', '二两']));
    const m = buildGlossaryMatcher(undefined, glossaryWords());
    const terms = (s: string): string[] => m.match(s).map((x) => s.slice(x.start, x.end));
    expect(terms('兄弟两人大打出手，被民警当场制止')).not.toContain('人大');
    expect(terms('店里三人大声喧哗')).not.toContain('人大');
    expect(terms('他买了二两新茶')).not.toContain('两新');
    expect(terms('县人大常委会听取专项工作报告')).toContain('人大常委会');
    expect(terms('抢抓两新机遇，推进设备更新').join()).toContain('两新');
  });

  it('市政协 is the city committee of the CPPCC, not 市政 and a stray 协 (市政|协调 stays unmarked)', () => {
    const m = buildGlossaryMatcher(undefined, glossaryWords());
    const terms = (s: string): string[] => m.match(s).map((x) => s.slice(x.start, x.end));
    expect(terms('市政协召开常委会议')).toEqual(['市政协']);
    expect(terms('市政协组织委员视察')).toContain('市政协');
    expect(terms('他负责市政协调工作')).toEqual([]);
  });

  it('ignores quotation marks in forms', () => {
    expect(edgeWords(['“人大”'], ['个人'])).toEqual(['个人']);
  });

  it('splitWords reads the packed form back', () => {
    expect(splitWords('')).toEqual([]);
    expect(splitWords('个人 大额')).toEqual(['个人', '大额']);
  });
});

describe('the words a page is sent', () => {
  const lexicon = newLexicon(['个人', '大额', '银行', '双开门', '人大附中']);

  it('are the list words that occur in its text, sorted, once each', () => {
    expect(wordsIn('办理个人大额转账，个人', lexicon)).toEqual(['个人', '大额']);
    expect(wordsIn('今天天气很好。', lexicon)).toEqual([]);
    expect(wordsIn('', lexicon)).toEqual([]);
  });

  it('include words cut by a print line break or a space', () => {
    expect(wordsIn('农商银\n行 双开\r\n门冰箱', lexicon)).toEqual(['双开门', '银行']);
  });

  it('parseWordList skips the comment lines that say where the list comes from', () => {
    expect(parseWordList('# from CC-CEDICT\n个人\n\n大额\n')).toEqual(['个人', '大额']);
  });
});

describe('public/glossary/edge-words.txt', () => {
  it('is up to date with the glossary and public/dict/cedict.txt (run scripts/build-glossary-lexicon.ts)', () => {
    const text = readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8');
    const words = text.split('\n').flatMap((l) => (l === '' || l.startsWith('#') ? [] : [l.slice(0, l.indexOf('\t'))]));
    const extra = readFileSync(join(__dirname, '../../assets/lexicon/extra-edge-words.tsv'), 'utf8')
      .split('\n')
      .flatMap((l) => (l.trim() === '' || l.startsWith('#') ? [] : [l.split('\t')[0] as string]));
    expect([...glossaryWords()]).toEqual(edgeWords(GLOSSARY.flatMap(matchingForms), [...words, ...extra, ...measureWords()]));
  });

  it('holds the supplementary words, each with a source, that CC-CEDICT lacks (人大附中)', () => {
    const rows = readFileSync(join(__dirname, '../../assets/lexicon/extra-edge-words.tsv'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split('\t')[1] ?? '', row).toMatch(/https:\/\//u);
    expect(glossaryWords()).toContain('人大附中');
    const m = buildGlossaryMatcher(undefined, glossaryWords());
    expect(m.match('人大附中杭州学校面向萧山招生')).toEqual([]);
    expect(m.match('区人大代表走访选民').map((x) => x.term)).toEqual(['人大']);
  });

  it('keeps 镇街 out of 乌镇|街边 and 浙商 out of 浙商银行 (dev19), not out of the terms', () => {
    const m = buildGlossaryMatcher(undefined, glossaryWords());
    expect(m.match('游客在乌镇街边的小摊上买了一包姑嫂饼。')).toEqual([]);
    expect(m.match('他在浙商银行办理了房贷，每月还款四千多元。')).toEqual([]);
    expect(m.match('全区23个镇街全部建成矛盾纠纷调解中心。').map((x) => x.term)).toContain('镇街');
    expect(m.match('市委召开在外浙商座谈会，邀请浙商回乡投资。').map((x) => x.term)).toContain('浙商');
  });

  it('keeps 河湖长 out of 河湖|长满 (dev75), not out of the river and lake chiefs', () => {
    const m = buildGlossaryMatcher(undefined, glossaryWords());
    expect(glossaryWords()).toContain('河湖');
    expect(m.match('入夏以后，村口的池塘和河湖长满了浮萍。')).toEqual([]);
    // 满打满算 is a word of its own: the chiefs stay underlined before it.
    expect(m.match('全镇的河湖长满打满算也只有十几人。').map((x) => x.term)).toContain('河长制');
    expect(m.match('全县1300余名河湖长全年累计巡河10万余次。').map((x) => x.term)).toContain('河长制');
    expect(m.match('各级河湖长要定期巡河。').map((x) => x.term)).toContain('河长制');
    expect(m.match('县里全面推行河湖长制。').map((x) => x.term)).toContain('河长制');
    expect(m.match('两县共同创建美丽河湖。').map((x) => x.term)).toContain('美丽河湖');
  });
});
