import { describe, expect, it } from 'vitest';
import { DETECTED_PREFIX, detectJargon, explainInArticle, withDetected } from '../../lib/glossary/detect';

const words = new Set(['通知', '一模一样', '发展']);
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

  it('marks quoted codes and numbered formulas', () => {
    expect(terms('迭代“141”基层治理体系，落实“8+4”政策')).toEqual(['formula:141', 'formula:8+4']);
    expect(terms('推行5+2模式，实施十项重大工程和四大行动')).toEqual(['formula:5+2', 'formula:十项重大工程', 'formula:四大行动']);
    expect(terms('推进三个“一号工程”')).toEqual(['formula:三个“一号工程”']);
    expect(terms('开展大走访大调研大服务活动，一村一品')).toEqual(['formula:大走访大调研大服务', 'formula:一村一品']);
  });

  it('does not take ordinary numbers, idioms or counts for formulas', () => {
    expect(terms('两个人用了三个月，长得一模一样，气温1.5+2度，共15+')).toEqual([]);
  });

  it('skips anything that overlaps a glossary match', () => {
    expect(terms('以“小切口”推动', [{ start: 2, end: 5 }])).toEqual([]);
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
