import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { buildMatcher, normalizeForm, type TermMatch } from '../../lib/glossary/matcher';

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

/** The matched text slices, for readable assertions. */
function slices(text: string, matches: TermMatch[]): string[] {
  return matches.map((m) => text.slice(m.start, m.end));
}

describe('buildMatcher: longest match and variants', () => {
  const entries = [
    entry('yibao', '医保'),
    entry('yibao-pingzheng', '医保电子凭证', ['医保码']),
    entry('yiyin', '医银合作', ['银医合作', '医银合作网点']),
  ];
  const m = buildMatcher(entries);

  it('prefers the longest form at a position', () => {
    const text = '请出示医保电子凭证或医保卡';
    const found = m.match(text);
    expect(found).toEqual([
      { id: 'yibao-pingzheng', term: '医保电子凭证', start: 3, end: 9 },
      { id: 'yibao', term: '医保', start: 10, end: 12 },
    ]);
  });

  it('maps variants to their entry and reports the headword', () => {
    const text = '深化银医合作，亮出医保码';
    const found = m.match(text);
    expect(found.map((x) => [x.id, x.term])).toEqual([
      ['yiyin', '医银合作'],
      ['yibao-pingzheng', '医保电子凭证'],
    ]);
    expect(slices(text, found)).toEqual(['银医合作', '医保码']);
  });

  it('reports every occurrence', () => {
    const text = '医银合作网点、医银合作、银医合作、医保';
    expect(m.match(text).map((x) => x.id)).toEqual(['yiyin', 'yiyin', 'yiyin', 'yibao']);
    expect(slices(text, m.match(text))).toEqual(['医银合作网点', '医银合作', '银医合作', '医保']);
  });

  it('returns nothing for empty text or text without terms', () => {
    expect(m.match('')).toEqual([]);
    expect(m.match('今天天气很好。')).toEqual([]);
  });

  it('gives UTF-16 offsets (astral characters count twice)', () => {
    const text = '😀医保';
    expect(m.match(text)).toEqual([{ id: 'yibao', term: '医保', start: 2, end: 4 }]);
  });

  it('can be used many times', () => {
    const text = '医保';
    expect(m.match(text)).toEqual(m.match(text));
  });
});

describe('buildMatcher: overlapping candidates resolve leftmost-longest', () => {
  it('between overlapping forms, the segmentation with fewer pieces wins', () => {
    const m = buildMatcher([entry('a', '乡村振兴'), entry('b', '振兴战略规划')]);
    const text = '乡村振兴战略规划';
    // 乡|村|振兴战略规划 (3 pieces) beats 乡村振兴|战|略|规|划 (5).
    expect(slices(text, m.match(text))).toEqual(['振兴战略规划']);
  });

  it('matches never overlap and the scan resumes after a match', () => {
    const m = buildMatcher([entry('a', '党建联建'), entry('b', '联建共建'), entry('c', '共建')]);
    const text = '党建联建共建';
    const found = m.match(text);
    expect(found.map((x) => x.id)).toEqual(['a', 'c']);
    expect(slices(text, found)).toEqual(['党建联建', '共建']);
  });

  it('at one start the longest of several nested forms wins when nothing follows', () => {
    const m = buildMatcher([entry('a', '共同富裕'), entry('b', '共同富裕示范区'), entry('c', '示范区建设')]);
    expect(m.match('共同富裕示范区').map((x) => x.id)).toEqual(['b']);
  });

  it('a longer known form that stands whole wins over a shorter one crossing its end', () => {
    const m = buildMatcher([entry('a', '共同富裕'), entry('b', '共同富裕示范区'), entry('c', '示范区建设')]);
    expect(m.match('推进共同富裕示范区建设').map((x) => x.id)).toEqual(['b']);
    // With the words of the sentence as lexicon too (共同富裕示范区|建设 ties 共同富裕|示范区建设).
    const withWords = buildMatcher([entry('a', '共同富裕'), entry('b', '共同富裕示范区'), entry('c', '示范区建设')], undefined, { words: ['推进', '建设', '示范区', '共同'] });
    expect(withWords.match('推进共同富裕示范区建设').map((x) => x.id)).toEqual(['b']);
    // Where the longer form is not whole, the shorter one is matched.
    expect(m.match('加快示范区建设').map((x) => x.id)).toEqual(['c']);
  });

  it('falls back to a shorter form when the longer one is incomplete', () => {
    const m = buildMatcher([entry('a', '共同富裕'), entry('b', '共同富裕示范区')]);
    const text = '共同富裕示范';
    expect(m.match(text)).toEqual([{ id: 'a', term: '共同富裕', start: 0, end: 4 }]);
  });
});

describe('buildMatcher: quotation marks', () => {
  const m = buildMatcher([
    entry('sange', '三个“一号工程”'),
    entry('shiwuwu', '十五五'),
    entry('yiyin', '医银合作', ['医银合作网点']),
    entry('zhangban', '掌上办'),
    entry('wupian', '五篇大文章'),
  ]);

  it('matches a headword with inner quotes, covering the closing quote', () => {
    const text = '融入浙江三个“一号工程”，加强协同';
    const found = m.match(text);
    expect(found).toEqual([{ id: 'sange', term: '三个“一号工程”', start: 4, end: 12 }]);
    expect(slices(text, found)).toEqual(['三个“一号工程”']);
  });

  it('matches the same headword written without quotes or with other quotes', () => {
    expect(slices('全省实施三个一号工程', m.match('全省实施三个一号工程'))).toEqual(['三个一号工程']);
    expect(slices('三个「一号工程」好', m.match('三个「一号工程」好'))).toEqual(['三个「一号工程」']);
    expect(slices('三个"一号工程"好', m.match('三个"一号工程"好'))).toEqual(['三个"一号工程"']);
  });

  it('takes in a quote pair that wraps the term directly', () => {
    const text = '“十五五”时期';
    expect(m.match(text)).toEqual([{ id: 'shiwuwu', term: '十五五', start: 0, end: 5 }]);
    expect(slices('编制"十五五"规划', m.match('编制"十五五"规划'))).toEqual(['"十五五"']);
    expect(slices('『十五五』', m.match('『十五五』'))).toEqual(['『十五五』']);
  });

  it('leaves out a quote that stands on one side only', () => {
    expect(m.match('十五五”时期')).toEqual([{ id: 'shiwuwu', term: '十五五', start: 0, end: 3 }]);
    expect(m.match('“十五五时期')).toEqual([{ id: 'shiwuwu', term: '十五五', start: 1, end: 4 }]);
  });

  it('leaves out quotes that do not form a pair', () => {
    expect(m.match('“十五五’时期')).toEqual([{ id: 'shiwuwu', term: '十五五', start: 1, end: 4 }]);
  });

  it('skips quotes inside a term and keeps pairs whole', () => {
    const text = '该“医银合作”网点于2024年启用';
    const found = m.match(text);
    expect(found).toEqual([{ id: 'yiyin', term: '医银合作', start: 1, end: 9 }]);
    expect(slices(text, found)).toEqual(['“医银合作”网点']);
  });

  it('takes in the opening partner of a quote closed inside the term', () => {
    const text = '医保‘掌上’办业务';
    expect(slices(text, m.match(text))).toEqual(['‘掌上’办']);
  });

  it('handles nested quotes', () => {
    const text = '“在‘医银合作’网点”';
    expect(slices(text, m.match(text))).toEqual(['‘医银合作’网点']);
    const text2 = '“‘十五五’”';
    expect(m.match(text2)).toEqual([{ id: 'shiwuwu', term: '十五五', start: 0, end: 7 }]);
  });

  it('covers a closing quote after a term that begins before the quotes', () => {
    const text = '做好金融“五篇大文章”。';
    expect(slices(text, m.match(text))).toEqual(['“五篇大文章”']);
    const text2 = '五篇“大文章”';
    expect(slices(text2, m.match(text2))).toEqual(['五篇“大文章”']);
  });

  it('does not start a match on a quotation mark', () => {
    const found = m.match('“”十五五');
    expect(found).toEqual([{ id: 'shiwuwu', term: '十五五', start: 2, end: 5 }]);
  });

  it('never takes a quote that belongs to the previous match', () => {
    const mm = buildMatcher([entry('a', '共富'), entry('b', '工坊')]);
    const text = '“共富”“工坊”';
    const found = mm.match(text);
    expect(slices(text, found)).toEqual(['“共富”', '“工坊”']);
    expect(found[0]?.end).toBeLessThanOrEqual(found[1]?.start ?? 0);
  });

  it('normalizeForm removes every kind of quotation mark and folds full-width ASCII', () => {
    expect(normalizeForm('三个“一号工程”‘’"\'「」『』')).toBe('三个一号工程');
    expect(normalizeForm('１５分钟＂便民＂ＡＩ')).toBe('15分钟便民ai');
  });
});

describe('buildMatcher: white space and character width', () => {
  const m = buildMatcher([entry('yiyin', '医银合作'), entry('kechuang', '科创+农创'), entry('quan', '15分钟便民服务圈')]);

  it('a line break or space inside a term breaks the match', () => {
    expect(m.match('医银\n合作')).toEqual([]);
    expect(m.match('医银 合作')).toEqual([]);
    expect(m.match('医银\u3000合作')).toEqual([]);
    expect(m.match('医银\r\n合作')).toEqual([]);
    expect(m.match('医\t银合作')).toEqual([]);
  });

  it('white space around a term does not matter', () => {
    expect(m.match(' 医银合作\n')).toEqual([{ id: 'yiyin', term: '医银合作', start: 1, end: 5 }]);
  });

  it('full-width digits and signs match half-width forms', () => {
    expect(m.match('科创＋农创').map((x) => x.id)).toEqual(['kechuang']);
    expect(m.match('打造１５分钟便民服务圈')).toEqual([{ id: 'quan', term: '15分钟便民服务圈', start: 2, end: 11 }]);
  });

  it('Latin letters match regardless of case', () => {
    const mm = buildMatcher([entry('ai', '人工智能+', ['AI+'])]);
    expect(mm.match('推进ai+行动').map((x) => x.id)).toEqual(['ai']);
    expect(mm.match('推进ＡＩ+行动').map((x) => x.id)).toEqual(['ai']);
  });
});

describe('buildMatcher: a 的 the form lacks', () => {
  const m = buildMatcher([entry('dingzi', '钉钉子精神'), entry('shiminhua', '农业转移人口市民化'), entry('renda', '人大'), entry('naodai', '城市大脑')]);
  const found = (text: string): string[] => m.match(text).map((x) => text.slice(x.start, x.end));

  it('is read over inside a form of five or more characters, two or more on either side', () => {
    expect(found('以钉钉子的精神抓落实，推进农业转移人口的市民化。')).toEqual(['钉钉子的精神', '农业转移人口的市民化']);
  });

  it('is not read over in a shorter form, nor next to the form’s first or last character', () => {
    expect(found('保护人的大脑，建好城市的大脑。')).toEqual([]);
    expect(found('钉钉子的精')).toEqual([]);
  });
});

describe('buildMatcher: extra forms and ignore forms', () => {
  const entries = [entry('yiyin', '医银合作'), entry('renda', '人大')];

  it('matches extra surface forms as their entry', () => {
    const m = buildMatcher(entries, new Map([['醫銀合作', 'yiyin']]));
    expect(m.match('推進醫銀合作')).toEqual([{ id: 'yiyin', term: '医银合作', start: 2, end: 6 }]);
  });

  it('an entry form wins over an extra form with the same key', () => {
    const m = buildMatcher(entries, new Map([['医银合作', 'renda']]));
    expect(m.match('医银合作').map((x) => x.id)).toEqual(['yiyin']);
  });

  it('an extra form with an unknown id is reported with the form as its term', () => {
    const m = buildMatcher(entries, new Map([['湘湖', 'my-term']]));
    expect(m.match('游湘湖')).toEqual([{ id: 'my-term', term: '湘湖', start: 1, end: 3 }]);
  });

});

describe('extra surface forms', () => {
  const entries = [entry('yiyin', '医银合作', ['银医合作']), entry('changhu', '长期护理保险', ['长护险']), entry('tuoyu', '托育')];

  it('matches forms given beside the entries as their entry, reporting its headword', () => {
    const m = buildMatcher(entries, new Map([['銀醫合作', 'yiyin'], ['長護險', 'changhu']]));
    const text = '推進銀醫合作，參加長護險，發展托育';
    expect(m.match(text).map((x) => [x.id, x.term, text.slice(x.start, x.end)])).toEqual([
      ['yiyin', '医银合作', '銀醫合作'],
      ['changhu', '长期护理保险', '長護險'],
      ['tuoyu', '托育', '托育'],
    ]);
  });

  it('matches a traditional text folded to simplified without any extra forms (as a traditional page is matched)', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const text = '深化醫銀合作，推行長期護理保險';
    expect(slices(toSimplified(text), buildMatcher(entries).match(toSimplified(text)))).toEqual(['医银合作', '长期护理保险']);
  });
});

describe('buildMatcher: long text', () => {
  it('runs over a 10,000-character text', () => {
    const m = buildMatcher([entry('yiyin', '医银合作'), entry('wupian', '五篇大文章'), entry('yibao', '医保')]);
    const unit = '近日，全区“医银合作”网点做好金融五篇大文章，医保服务更便民。';
    const text = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    expect(text.length).toBe(10_000);
    const found = m.match(text);
    const full = Math.floor(10_000 / unit.length);
    expect(found.length).toBeGreaterThanOrEqual(full * 3);
    for (let k = 1; k < found.length; k++) {
      expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
    }
    expect(found.filter((x) => x.id === 'yiyin').length).toBeGreaterThanOrEqual(full);
  });
});
