// Deterministic sample saved words for benchmarks and browser tests: CC-CEDICT headwords of 2–4
// characters (public/dict/cedict.txt), each with a sentence made around it in the shape of
// 萧山日报 / 浙江日报 article text, spread over four papers and a year and a half of issues.
import { numberedToMarked } from '../../lib/dict/pinyin';
import { newCard } from '../../lib/words/fsrs';
import { wordKey } from '../../lib/words/merge';
import type { WordRecord } from '../../lib/words/types';

const PAPERS = [
  { paper: '萧山日报', site: 'xsrb', host: 'https://xsrb.xsnet.cn/epaper/html' },
  { paper: '浙江日报', site: 'zjrb', host: 'https://zjrb.zjol.com.cn/html' },
  { paper: '杭州日报', site: 'hzrb', host: 'https://hzdaily.hangzhou.com.cn/hzrb' },
  { paper: '钱江晚报', site: 'qjwb', host: 'https://qjwb.thehour.cn/html' },
];

/** Simplified headwords of 2–4 Chinese characters, with pinyin and first sense, in file order (distinct). */
export function cedictWords(cedictText: string): { word: string; pinyin: string; meaning: string }[] {
  const out: { word: string; pinyin: string; meaning: string }[] = [];
  const seen = new Set<string>();
  for (const line of cedictText.split('\n')) {
    if (line.startsWith('#')) continue;
    const [word = '', , pinyin = '', defs = ''] = line.split('\t');
    // Headwords that are their own simplified form (the key a saved word is stored under).
    if (!/^[\u4e00-\u9fff]{2,4}$/u.test(word) || seen.has(word) || wordKey(word) !== word) continue;
    seen.add(word);
    out.push({ word, pinyin, meaning: defs.split('/')[0] ?? '' });
  }
  return out;
}

/** `count` saved words (count ≤ the headwords available), due over the next 60 days from `now`. */
export function sampleWords(count: number, cedictText: string, now = Date.UTC(2025, 2, 9)): WordRecord[] {
  const words = cedictWords(cedictText);
  const step = Math.max(1, Math.floor(words.length / count));
  const out: WordRecord[] = [];
  for (let i = 0; out.length < count && i * step < words.length; i++) {
    const w = words[i * step] as (typeof words)[number];
    const p = PAPERS[i % PAPERS.length] as (typeof PAPERS)[number];
    const date = new Date(now - (i % 540) * 86_400_000).toISOString().slice(0, 10);
    const text = `记者从区有关部门获悉，${w.word}工作近日取得新进展。`;
    const seen = now - (i % 540) * 86_400_000;
    const card = newCard(seen);
    const due = now + (i % 60) * 86_400_000 - 3_600_000;
    out.push({
      word: w.word,
      written: w.word,
      reading: numberedToMarked(w.pinyin),
      meanings: [w.meaning],
      source: 'dict',
      sentences: [{ text, start: 11, end: 11 + w.word.length, url: `${p.host}/${date.slice(0, 7)}/${date.slice(8)}/content_${i}.htm`, title: `${w.word}工作取得新进展`, paper: p.paper, site: p.site, date, seenAt: seen }],
      firstSeen: seen,
      lastSeen: seen,
      lookups: 1 + (i % 4),
      card: { ...card, due },
      due,
    });
  }
  return out;
}
