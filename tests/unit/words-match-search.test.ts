// Recognising saved words in a later article (leftmost-longest, no overlaps) and searching the
// saved words as highlights are searched (traditional, pinyin, initials, filters).
import { describe, expect, it } from 'vitest';
import { newCard } from '../../lib/words/fsrs';
import { createWordMatcher } from '../../lib/words/matcher';
import { loadSearchAids } from '../../lib/highlights/search-aids';
import { buildWordIndex, wordPapers } from '../../lib/words/search';
import { sentenceAround, trimWord } from '../../lib/words/sentence';
import type { WordRecord } from '../../lib/words/types';

// Pinyin and traditional folding are loaded on demand (lib/highlights/search-aids.ts).
await loadSearchAids();

describe('word matcher', () => {
  it('finds saved words leftmost-longest without overlaps, in both written forms', () => {
    const m = createWordMatcher(['医保', '医保服务', '服务', '银行', '銀行', '网点']);
    const text = '区医保服务中心与銀行网点合作，医保办理更便捷。';
    expect(m.find(text).map((h) => [h.start, h.end, h.form])).toEqual([
      [1, 5, '医保服务'],
      [8, 10, '銀行'],
      [10, 12, '网点'],
      [15, 17, '医保'],
    ]);
  });

  it('leaves out single characters and forms without a Chinese character', () => {
    const m = createWordMatcher(['医', 'GDP', '医保']);
    expect(m.size).toBe(1);
    expect(m.find('GDP医保医').map((h) => h.form)).toEqual(['医保']);
  });

  it('finds a word at the very end of the text and nothing in an empty one', () => {
    const m = createWordMatcher(['合作']);
    expect(m.find('推进医银合作')).toEqual([{ start: 4, end: 6, form: '合作' }]);
    expect(m.find('')).toEqual([]);
  });
});

function rec(word: string, written: string, reading: string, paper: string, date: string, meaning = ''): WordRecord {
  const card = newCard(0);
  const text = `今天${written}。`;
  return { word, written, reading, meanings: [meaning], source: 'dict', sentences: [{ text, start: 2, end: 2 + written.length, url: 'https://xsrb.xsnet.cn/a.htm', title: null, paper, site: paper === '萧山日报' ? 'xsrb' : 'zjrb', date, seenAt: 0 }], firstSeen: 0, lastSeen: 0, lookups: 1, card, due: 0 };
}

describe('word search', () => {
  const words = [rec('医保', '醫保', 'yī bǎo', '萧山日报', '2025-03-09', 'medical insurance'), rec('银行', '银行', 'yín háng', '浙江日报', '2025-04-01', 'bank'), rec('发展', '发展', 'fā zhǎn', '萧山日报', '2024-12-30', 'to develop')];
  const index = buildWordIndex(words);
  const found = (q: Parameters<typeof index.search>[0]): string[] => index.search(q).map((w) => w.word);

  it('finds a word by simplified or traditional text, by pinyin and by initials', () => {
    expect(found({ text: '醫保' })).toEqual(['医保']);
    expect(found({ text: '医保' })).toEqual(['医保']);
    expect(found({ text: 'yinhang' })).toEqual(['银行']);
    expect(found({ text: 'yin hang' })).toEqual(['银行']);
    expect(found({ text: 'fz' })).toEqual(['发展']);
    expect(found({ text: 'bank' })).toEqual(['银行']);
  });

  it('finds a word by its reading as the library shows it, tone marks and all, or with tone numbers', () => {
    expect(found({ text: 'yī bǎo' })).toEqual(['医保']);
    expect(found({ text: 'yín háng' })).toEqual(['银行']);
    expect(found({ text: 'fa1zhan3' })).toEqual(['发展']);
  });

  it('filters by paper and issue date', () => {
    expect(found({ paper: '萧山日报' })).toEqual(['医保', '发展']);
    expect(found({ paper: 'zjrb' })).toEqual(['银行']);
    expect(found({ from: '2025-01-01' })).toEqual(['医保', '银行']);
    expect(found({ from: '2025-01-01', to: '2025-03-31', paper: '萧山日报' })).toEqual(['医保']);
    expect(wordPapers(words)).toEqual(['萧山日报', '浙江日报'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
  });
});

describe('the sentence a word was met in', () => {
  it('is cut at the sentence ends around the word, closing quote kept', () => {
    const para = '去年，全区新增就业1.2万人。“我们将推进医银合作，方便参保人就近办理。”区医保局负责人说。';
    const at = para.indexOf('医银合作');
    expect(sentenceAround(para, at, at + 4)).toEqual({ text: '“我们将推进医银合作，方便参保人就近办理。”', start: 6, end: 10 });
  });

  it('starts after the closing quote that ends the sentence before it', () => {
    // 萧山日报's shape: a quoted remark, then who said it (“……。”区医保局负责人说。).
    const para = '“我们将推进医银合作，方便参保人就近办理。”区医保局负责人说。（记者 王佳）';
    const at = para.indexOf('医保局');
    expect(sentenceAround(para, at, at + 3)).toEqual({ text: '区医保局负责人说。', start: 1, end: 4 });
    const tw = '他說：「要推進『醫銀合作』。」隨後，記者走訪了網點。';
    const w = tw.indexOf('記者');
    expect(sentenceAround(tw, w, w + 2).text).toBe('隨後，記者走訪了網點。');
  });

  it('takes a short quote of several sentences whole, so the sentence neither opens nor closes a quote it cuts', () => {
    const para = '村民王大伯说：“我们要加油。大家一起干。”记者了解到，该村今年种粮三百亩。';
    const a = para.indexOf('加油');
    expect(sentenceAround(para, a, a + 2).text).toBe('村民王大伯说：“我们要加油。大家一起干。”');
    const b = para.indexOf('一起');
    const s = sentenceAround(para, b, b + 2);
    expect(s.text).toBe('村民王大伯说：“我们要加油。大家一起干。”');
    expect(s.text.slice(s.start, s.end)).toBe('一起');
    // Traditional quotes too; a sentence outside the quote is left as it was.
    const tw = '他說：「要推進醫銀合作。方便群眾。」隨後，記者走訪了網點。';
    const w = tw.indexOf('醫銀');
    expect(sentenceAround(tw, w, w + 4).text).toBe('他說：「要推進醫銀合作。方便群眾。」');
    const r = tw.indexOf('記者');
    expect(sentenceAround(tw, r, r + 2).text).toBe('隨後，記者走訪了網點。');
  });

  it('leaves a sentence of a long quote as it is, and a quote the paragraph never closes', () => {
    const long = `他说：“${'我们要把这件事做好，'.repeat(8)}加油。${'大家一起干，'.repeat(10)}干到底。”`;
    const a = long.indexOf('加油');
    expect(sentenceAround(long, a, a + 2).text.startsWith('他说：“')).toBe(true);
    expect(sentenceAround(long, a, a + 2).text.endsWith('加油。')).toBe(true);
    const open = '他说：“我们要加油。大家一起干。';
    const b = open.indexOf('加油');
    expect(sentenceAround(open, b, b + 2).text).toBe('他说：“我们要加油。');
  });

  it('keeps a sentence without an end mark whole and cuts a very long one around the word', () => {
    expect(sentenceAround('推进医银合作', 2, 6)).toEqual({ text: '推进医银合作', start: 2, end: 6 });
    const long = `${'甲'.repeat(500)}医保${'乙'.repeat(500)}`;
    const s = sentenceAround(long, 500, 502);
    expect(s.text.length).toBe(400);
    expect(s.text.slice(s.start, s.end)).toBe('医保');
  });
});

describe('a word taken from the page', () => {
  it('loses the quotes and spaces a term was drawn with', () => {
    expect(trimWord('推进“医银合作”新模式', 2, 8)).toEqual({ start: 3, end: 7 });
    expect(trimWord(' 医保 ', 0, 4)).toEqual({ start: 1, end: 3 });
    expect(trimWord('“”', 0, 2)).toEqual({ start: 2, end: 2 });
  });
});
