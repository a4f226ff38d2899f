import { describe, expect, it } from 'vitest';
import { DETECTED_PREFIX, detectJargon, explainInArticle, withDetected, wordQuestions } from '../../lib/glossary/detect';

const words = new Set(['通知', '一模一样', '发展', '高端', '智能', '绿色', '氧化']);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string, known: { start: number; end: number }[] = []): string[] => detectJargon(text, known, isWord).map((d) => `${d.kind}:${d.term}`);

describe('detectJargon', () => {
  it('marks quoted coinages that are not dictionary words, inside the quotes', () => {
    const text = '以“小切口”推动“大变革”，发布“通知”。';
    expect(terms(text)).toEqual(['coinage:小切口', 'coinage:大变革']);
    expect(detectJargon(text, [], isWord)[0]).toMatchObject({ start: 2, end: 5 });
  });

  it('leaves out quoted speech, names being given and clause-like phrases', () => {
    expect(terms('他说：“我们一定要把这件事办好。”')).toEqual([]);
    expect(terms('这条巷子被称为“纸巷子”，又名“纸街”。')).toEqual([]);
    expect(terms('这是“真正的”好事。')).toEqual([]);
  });

  it('takes 名 after a number for a count of people, not a name being given (dev39), and still leaves a nickname after 是一名', () => {
    expect(terms('县里为每个山区村选派一名“共富指导员”，帮助村里谋划增收项目。')).toEqual(['coinage:共富指导员']);
    expect(terms('镇里聘请3名“乡村规划师”。')).toEqual(['coinage:乡村规划师']);
    expect(terms('这条街原名“打铜巷”，他是一名“老黄牛”。')).toEqual([]);
  });

  it('reads 为 after a verb of rebuilding as what a thing is turned into, not a name being given (dev87)', () => {
    expect(terms('村里将闲置的老屋改造为“共享农房”，吸引城里人来租住。')).toEqual(['coinage:共享农房']);
    expect(terms('旧厂房被改建为“共富工坊”。')).toEqual(['coinage:共富工坊']);
    expect(terms('这条巷子被称为“纸巷子”，后来更名为“纸街”。')).toEqual([]);
    expect(terms('她被评为“最美婆婆”，人称“老阿姨”。')).toEqual([]);
    expect(terms('大家都叫他“小诸葛”，后来他成为“村里能人”。')).toEqual([]);
    // 改为 alone renames (1957年改为“蚌埠六中”, cpp-dev).
    expect(terms('1957年，学校改为“城南六中”。')).toEqual([]);
  });

  it('marks quoted codes and numbered formulas', () => {
    expect(terms('迭代“141”基层治理体系，落实“8+4”政策')).toEqual(['formula:141', 'formula:8+4']);
    // Unquoted, the system and its programme noun are one mark (./detect-rules-codes.ts); bare, the system alone.
    expect(terms('推行5+2模式，实施十项重大工程和四大行动')).toEqual(['formula:5+2模式', 'formula:十项重大工程', 'formula:四大行动']);
    expect(terms('推行5+2，实施四大行动')).toEqual(['formula:5+2', 'formula:四大行动']);
    expect(terms('推进三个“一号工程”')).toEqual(['formula:三个“一号工程”']);
    expect(terms('开展大走访大调研大服务活动，一村一品')).toEqual(['formula:大走访大调研大服务', 'formula:一村一品']);
  });

  it('does not take ordinary numbers, idioms or counts for formulas', () => {
    expect(terms('两个人用了三个月，长得一模一样，气温1.5+2度，共15+')).toEqual([]);
  });

  it('marks longer quoted names and quoted names joined by 、 · or +', () => {
    expect(terms('启动“小微企业成长计划”，开展“微改造、精提升”行动，建设“共享社·幸福里”，推行“园区+社区”模式')).toEqual([
      'coinage:小微企业成长计划',
      'coinage:微改造、精提升',
      'coinage:共享社·幸福里',
      'coinage:园区+社区',
    ]);
  });

  it('leaves out quoted lists of plain words, longer quoted speech and descriptions with 的', () => {
    expect(terms('讲究“通知、发展”，他喊“我们都要去看看”，所谓“语言的调和”，荣获“最佳专辑制作人”')).toEqual([]);
  });

  it('marks X化 series and 多X合一, but not 一X一Y with a measure word or opposites', () => {
    expect(terms('推动产业高端化智能化绿色化发展，推进多规合一改革')).toEqual(['formula:高端化智能化绿色化', 'formula:多规合一']);
    expect(terms('一次一次地试，一大一小两只猫，一前一后')).toEqual([]);
    // 二氧|化 is no series: its XX is no word.
    expect(terms('二氧化锰氧化')).toEqual([]);
    expect(terms('推行一企一策')).toEqual(['formula:一企一策']);
  });

  it('marks chief systems X长制 at the word boundary, but not the dictionary word 家长制', () => {
    const chief = new Set(['推行', '落实', '家长制', '健全']);
    const t = (text: string): string[] => detectJargon(text, [], (w) => chief.has(w)).map((d) => `${d.kind}:${d.term}`);
    expect(t('全区推行田长制，落实河湖长制')).toEqual(['formula:田长制', 'formula:河湖长制']);
    expect(t('沿海乡镇推行湾（滩）长制')).toEqual(['formula:湾（滩）长制']);
    expect(t('封建家长制的残余')).toEqual([]);
  });

  it('marks an XX化 way of working named with the work it changes, not a dictionary XX化', () => {
    const dict = new Set(['增值', '清单', '现代', '现代化', '氧化']);
    const t = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => `${d.kind}:${d.term}`);
    expect(t('深化政务服务增值化改革，推行清单化管理')).toEqual(['coinage:增值化改革', 'coinage:清单化管理']);
    expect(t('推进现代化建设，加强氧化管理')).toEqual([]);
  });

  it('marks a short numbered dictionary word in quotes (“两重”, “三合一”), unless it is a name being given', () => {
    const dict = new Set(['两重', '三合一', '两难', '一流', '通知']);
    const t = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => `${d.kind}:${d.term}`);
    expect(t('推进“两重”建设，整治“三合一”场所')).toEqual(['formula:两重', 'formula:三合一']);
    expect(t('这条路被称为“两难”，他说“两重”')).toEqual(['formula:两重']);
    // Quoted words with 一 are plain words (“一流”, “一体”).
    expect(t('做到“一流”')).toEqual([]);
    // Unquoted, or not starting with a number, a dictionary word stays ordinary.
    expect(t('两重性，“通知”')).toEqual([]);
  });

  it('marks an abbreviation the article defines, where it is defined and wherever it is used later', () => {
    const text = '西湖区文化和旅游发展中心（以下简称“文旅中心”）发布通知。文旅中心表示';
    expect(detectJargon(text, [], isWord).map((d) => [d.term, d.start])).toEqual([
      ['文旅中心', text.indexOf('文旅中心'),],
      ['文旅中心', text.lastIndexOf('文旅中心')],
    ]);
    expect(explainInArticle('文旅中心', [text]).definition).toBe('西湖区文化和旅游发展中心（以下简称“文旅中心”）发布通知。');
  });

  it('reads corner quotes 『』 as quotation marks', () => {
    expect(terms('深刻领悟『两个确立』的决定性意义。')).toEqual(['coinage:两个确立']);
    expect(terms('他们喊出了『小切口』的口号。')).toEqual(['coinage:小切口']);
    // A dictionary word in corner quotes is as ordinary as in other quotes.
    expect(terms('发布『通知』。')).toEqual([]);
  });

  it('a quoted coinage wins over a shorter glossary match inside its quotes, which is dropped', () => {
    const text = '打造“乡贤议事会”，乡贤回乡';
    const xiangxian = [{ id: 'xiangxian', term: '乡贤', start: 3, end: 5 }, { id: 'xiangxian', term: '乡贤', start: 10, end: 12 }];
    expect(terms(text, xiangxian)).toEqual(['coinage:乡贤议事会']);
    expect(withDetected(text, xiangxian, isWord).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      [`${DETECTED_PREFIX}乡贤议事会`, '乡贤议事会'],
      ['xiangxian', '乡贤'],
    ]);
    // The quotes hold exactly the glossary form: no detected mark.
    expect(terms('落实“乡贤”', [{ start: 3, end: 5 }])).toEqual([]);
  });

  it('marks a longer quoted package of N articles (“民营经济32条”), not a longer quoted phrase ending in a count', () => {
    expect(terms('落实“民营经济32条”和“科技创新十五条”')).toEqual(['coinage:民营经济32条', 'coinage:科技创新十五条']);
    expect(terms('他说“我们家门前有三条”')).toEqual([]);
  });

  it('marks a longer quoted name after a campaign verb or before a programme noun, not a quoted name elsewhere', () => {
    expect(terms('区里推行“企业开办一日办结”，新办企业当天领照')).toEqual(['coinage:企业开办一日办结']);
    expect(terms('开展农村生活污水治理“强基增效双提标”行动')).toEqual(['coinage:强基增效双提标']);
    // The same names without the campaign context, and a long name in encyclopedia prose.
    expect(terms('“企业开办一日办结”受到欢迎')).toEqual([]);
    expect(terms('寺内有“崇妙保圣坚牢塔”，另有“清宫武备兵器展”')).toEqual([]);
  });

  it('marks a longer quoted name built on a glossary term of three or more characters, without a policy tail', () => {
    const text = '全市“民营经济高质量发展”十二条落地';
    const inside = [{ start: 7, end: 12 }]; // 高质量发展
    expect(text.slice(7, 12)).toBe('高质量发展');
    expect(terms(text, inside)).toEqual(['coinage:民营经济高质量发展']);
    // Without the glossary term (and without a campaign verb before it), nine characters without a policy tail are not a name.
    expect(terms(text)).toEqual([]);
    // A two-character glossary term inside is not enough, nor a longer stretch of speech.
    expect(terms(text, [{ start: 3, end: 5 }])).toEqual([]);
    expect(terms('他说“我们要高质量发展经济”', [{ start: 6, end: 11 }])).toEqual([]);
  });

  it('skips anything that overlaps a glossary match', () => {
    expect(terms('以“小切口”推动', [{ start: 2, end: 5 }])).toEqual([]);
  });
});

describe('wordQuestions', () => {
  it('lists every string the detector asks the dictionary about, so the background can answer ahead', () => {
    const text = '推行“微改造、精提升”，推动高端化智能化，一企一策，以“小切口”推动，推行田长制和增值化改革，“两重”';
    const asked = wordQuestions(text);
    for (const w of ['微改造', '精提升', '高端', '智能', '一企一策', '小切口', '推行', '行田', '田长制', '增值', '增值化', '两重']) expect(asked, w).toContain(w);
    // With the answers a dictionary would give, the detector marks what it marks with the dictionary.
    const dictionary = new Set(['高端', '智能', '推行', '增值', '两重']);
    const answered = new Set(asked.filter((w) => dictionary.has(w)));
    expect(detectJargon(text, [], (w) => answered.has(w))).toEqual(detectJargon(text, [], (w) => dictionary.has(w)));
  });

  it('asks nothing of text without quotes or formulas', () => {
    expect(wordQuestions('今天天气很好。')).toEqual([]);
  });
});

describe('explainInArticle', () => {
  it('finds the defining sentence and every use', () => {
    const blocks = ['今年我区推出“共富贷”。', '共富贷是指面向低收入农户的专项贷款。已发放共富贷两亿元！'];
    expect(explainInArticle('共富贷', blocks)).toEqual({
      definition: '共富贷是指面向低收入农户的专项贷款。',
      occurrences: ['今年我区推出“共富贷”。', '共富贷是指面向低收入农户的专项贷款。', '已发放共富贷两亿元！'],
    });
  });

  it('falls back to the first use, or null', () => {
    expect(explainInArticle('小切口', ['以小切口推动。']).definition).toBe('以小切口推动。');
    expect(explainInArticle('小切口', ['无关。'])).toEqual({ definition: null, occurrences: [] });
  });
});

describe('withDetected', () => {
  it('adds detected jargon as matches with a detected: id, in text order, after no glossary match', () => {
    const text = '医保以“小切口”推动';
    const found = [{ id: 'yibao', term: '医保', start: 0, end: 2 }];
    expect(withDetected(text, found, isWord)).toEqual([
      { id: 'yibao', term: '医保', start: 0, end: 2 },
      { id: `${DETECTED_PREFIX}小切口`, term: '小切口', start: 4, end: 7 },
    ]);
    expect(withDetected('医保', found)).toEqual(found);
  });
});
