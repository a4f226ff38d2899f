// Times the highlight library on realistic data: 10,000 highlights whose quotes are drawn from
// the corpus pages (tests/fixtures/corpus/*.txt), and 200 highlights anchored on one
// 10,000-character article. Prints median figures only; nothing is asserted.
//
//   node --import tsx scripts/bench-highlights.ts [runs=15]

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorAll, describe } from '../lib/anchor';
import type { Anchorable } from '../lib/anchor';
import { loadTraditional } from '../lib/convert';
import { toAnkiTsv, toCsv, toJson, toMarkdown } from '../lib/highlights/export';
import { mergeImport, parseImport } from '../lib/highlights/import';
import { buildSearchIndex } from '../lib/highlights/search';
import type { HighlightColor, HighlightRecord } from '../lib/highlights/types';
import { readings } from '../lib/pinyin';
import { loadSearchAids } from '../lib/highlights/search-aids';

// Search by pinyin and traditional characters loads on demand; the figures are for the full search.
await loadSearchAids();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'tests/fixtures/corpus');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const pages = files.map((f) => readFileSync(join(corpusDir, f), 'utf8'));
/** Corpus text with print-line breaks removed, paragraphs kept. */
const paragraphs = pages.flatMap((p) =>
  p
    .split(/\n\s*\n/u)
    .map((para) => para.replace(/\s*\n\s*/gu, '').trim())
    .filter((para) => para.length > 0),
);
const flat = paragraphs.join('');
const shortLines = pages.flatMap((p) => p.split('\n')).map((l) => l.trim()).filter((l) => l.length >= 6 && l.length <= 20);

const runs = Math.max(5, Number(process.argv[2] ?? 15));
const WARMUP = 3;

// Deterministic pseudo-random numbers (mulberry32).
let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

function median(ms: number[]): number {
  const s = [...ms].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
}

function time(label: string, fn: () => unknown, n = runs): void {
  for (let i = 0; i < WARMUP; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(48)} median ${median(ms).toFixed(2).padStart(8)} ms  (min ${(sorted[0] ?? 0).toFixed(2)}, max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)}, ${n} runs)`,
  );
}

// ---------------------------------------------------------------------------------------------
// 10,000 records

const PAPERS = [
  { paper: '萧山日报', site: 'xsrb', host: 'https://epaper.xsnet.cn/xsrb/html' },
  { paper: '浙江日报', site: 'zjrb', host: 'https://zjrb.zjol.com.cn/html' },
  { paper: '杭州日报', site: 'hzrb', host: 'https://hzdaily.hangzhou.com.cn/hzrb' },
  { paper: '钱江晚报', site: 'qjwb', host: 'https://qjwb.thehour.cn/html' },
];
const COLORS: HighlightColor[] = ['yellow', 'yellow', 'yellow', 'green', 'blue', 'pink'];
const NOTES = ['值得关注', '回头再读', '这个政策和我家有关', '记下这个词', '比较一下去年的数据', '问问社区', '好句子'];
const TAGS = ['医保', '民生', '教育', '交通', '生词', '经济', '社区'];

const traditional = await loadTraditional();
const RECORDS = 10_000;
const records: HighlightRecord[] = [];
const baseTime = Date.UTC(2024, 0, 1);
let article = 0;
while (records.length < RECORDS) {
  article++;
  const p = pick(PAPERS);
  const day = int(0, 600);
  const date = new Date(baseTime + day * 86_400_000).toISOString().slice(0, 10);
  const url = `${p.host}/${date.slice(0, 7)}/${date.slice(8)}/content_${article}.htm`;
  const title = pick(shortLines);
  const perArticle = int(1, 20);
  for (let k = 0; k < perArticle && records.length < RECORDS; k++) {
    const len = int(6, 120);
    const at = int(0, flat.length - len - 40);
    let exact = flat.slice(at, at + len);
    // About one in twenty saved from a traditional display (HK or TW papers, or converted view).
    if (random() < 0.05) exact = traditional(exact, random() < 0.5 ? 'tw' : 'hk');
    const created = baseTime + day * 86_400_000 + int(0, 86_399_999);
    records.push({
      id: `hl-${records.length.toString(36).padStart(8, '0')}`,
      url,
      paper: p.paper,
      site: p.site,
      date,
      title,
      quote: { exact, prefix: flat.slice(Math.max(0, at - 32), at), suffix: flat.slice(at + len, at + len + 32) },
      position: { startBlock: int(0, 30), start: int(0, 200), endBlock: 0, end: 0 },
      color: pick(COLORS),
      note: random() < 0.3 ? (random() < 0.5 ? pick(NOTES) : flat.slice(int(0, flat.length - 60), undefined).slice(0, int(10, 60))) : '',
      tags: random() < 0.4 ? [pick(TAGS)] : [],
      createdAt: created,
      updatedAt: created + int(0, 1_000_000),
      schema: 1,
    });
  }
}
for (const r of records) {
  r.position.endBlock = r.position.startBlock;
  r.position.end = r.position.start + r.quote.exact.length;
}

const chars = records.reduce((n, r) => n + r.quote.exact.length + r.note.length + (r.title?.length ?? 0), 0);
console.log(`corpus: ${files.join(', ')} (${flat.length} characters)`);
console.log(`records: ${records.length} in ${article} articles, ${chars} characters of quote + note + title`);
console.log('');

time('buildSearchIndex(10,000)', () => buildSearchIndex(records), Math.min(runs, 10));
const index = buildSearchIndex(records);
const count = (label: string, q: Parameters<typeof index.search>[0]): void => {
  time(`search ${label} → ${index.search(q).length} hits`, () => index.search(q));
};
count('text "医保"', { text: '医保' });
count('text "醫保" (traditional)', { text: '醫保' });
count('text "医保 银行" (two words)', { text: '医保 银行' });
count('pinyin initials "yyhz"', { text: 'yyhz' });
count('pinyin initials "xs"', { text: 'xs' });
count('pinyin full "yiyinhezuo"', { text: 'yiyinhezuo' });
count('pinyin miss "qqqq"', { text: 'qqqq' });
count('filters (colours, dates, note)', { colors: ['green', 'blue'], from: '2024-06-01', to: '2024-12-31', withNote: true });
console.log('');

const pinyinOf = (text: string): string => readings(text).filter((r) => r !== '').join(' ');
time('toMarkdown(10,000)', () => toMarkdown(records));
time('toJson(10,000)', () => toJson(records));
time('toCsv(10,000)', () => toCsv(records));
time('toAnkiTsv(10,000) with lib/pinyin readings', () => toAnkiTsv(records, pinyinOf), Math.min(runs, 5));
time('toAnkiTsv(10,000) without pinyin', () => toAnkiTsv(records, () => ''));
const json = toJson(records);
console.log(`(JSON export: ${(json.length / 1024 / 1024).toFixed(1)} M characters)`);
time('parseImport(10,000)', () => parseImport(json));
const parsed = parseImport(json);
const existing = new Map(records.slice(0, 5000).map((r) => [r.id, r]));
if (parsed.ok) time('mergeImport(10,000 into 5,000)', () => mergeImport(existing, parsed.records));
console.log('');

// ---------------------------------------------------------------------------------------------
// 200 highlights on one 10,000-character article

const blocks: string[] = [];
let size = 0;
for (let i = 0; size < 10_000; i++) {
  const para = paragraphs[i % paragraphs.length] ?? '';
  const text = para.slice(0, Math.min(para.length, 10_000 - size));
  blocks.push(text);
  size += text.length;
}
const highlights: Anchorable[] = [];
for (let i = 0; i < 200; i++) {
  const b = int(0, blocks.length - 1);
  const text = blocks[b] ?? '';
  const len = Math.min(text.length, int(4, 60));
  const start = int(0, text.length - len);
  // One in ten runs into the next block.
  const crosses = random() < 0.1 && b + 1 < blocks.length;
  highlights.push(
    describe(blocks, crosses ? { startBlock: b, start, endBlock: b + 1, end: int(1, Math.max(1, (blocks[b + 1] ?? '').length)) } : { startBlock: b, start, endBlock: b, end: start + len }),
  );
}
console.log(`article: ${blocks.length} blocks, ${size} characters; 200 highlights, 4–60 characters`);

// Unchanged: everything by position.
time('anchorAll(200), article unchanged', () => anchorAll(blocks, highlights));
// A correction inserted at the start of every block: everything by quote.
const shifted = blocks.map((b) => `（更正）${b}`);
time('anchorAll(200), text shifted in every block', () => anchorAll(shifted, highlights));
// One character changed inside every highlight of 8+ characters: fuzzy.
const edited = [...blocks];
for (const h of highlights) {
  const { startBlock, start, end, endBlock } = h.position;
  if (startBlock !== endBlock || end - start < 8) continue;
  const t = edited[startBlock] ?? '';
  const at = start + Math.floor((end - start) / 2);
  edited[startBlock] = `${t.slice(0, at)}□${t.slice(at + 1)}`;
}
time('anchorAll(200), text edited inside highlights', () => anchorAll(edited, highlights));
const summary = (label: string, bs: string[]): void => {
  const { placed, orphans } = anchorAll(bs, highlights);
  const by = (m: string): number => placed.filter((p) => p.range.method === m).length;
  console.log(`  ${label}: position ${by('position')}, quote ${by('quote')}, fuzzy ${by('fuzzy')}, orphans ${orphans.length}`);
};
summary('unchanged', blocks);
summary('shifted', shifted);
summary('edited', edited);
