// Why jargon of the development sets (tests/fixtures/glossary-dev*/jargon.tsv) is missed, by
// kind. For every gold span the glossary alone does not cover, and separately for every span
// neither the glossary nor the detector covers, one kind:
//   a  the glossary has the form, but the word-aware matcher rejected it (the dictionary words
//      of the segmentation lexicon that cross the form's edges are printed);
//   b  the glossary has a near form: quotes or 书名号 inside, 的/之 inserted, a number written
//      differently (3/三), a shortened or lengthened form, a trailing 制/机制/工程/行动/… added or
//      dropped;
//   c  the detector saw a candidate but a guard refused it (a dictionary-word guard, the guard on
//      longer quoted names, or the overlap with a glossary match);
//   d  nothing close.
// Coverage is the development test's: at least 60% of the span's characters.
//
//   node --import tsx scripts/glossary-misses.ts [--list] [--sets glossary-dev68,glossary-dev69]

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLOSSARY, buildGlossaryMatcher } from '../lib/glossary/data';
import { normalizeForm, surfaceForms } from '../lib/glossary/matcher';
import { parseDictionary } from '../lib/dict';
import { detectJargon } from '../lib/glossary/detect';
import { glossaryWords } from './lib/glossary-words';
import { glossaryDevSets, recognises, tsvRows } from './lib/glossary-sets';
import { toSimplified } from '../lib/convert/simplify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Every development set (never the held-out one), or those named after --sets (e.g. --sets glossary-dev68,glossary-dev69).
const named = process.argv[process.argv.indexOf('--sets') + 1];
const SETS = process.argv.includes('--sets') && named ? named.split(',') : glossaryDevSets(join(root, 'tests/fixtures'));
const list = process.argv.includes('--list');

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(root, 'public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);
const lexicon = new Set(glossaryWords());
const forms = new Set(GLOSSARY.flatMap(surfaceForms).map(normalizeForm));

type Span = { start: number; end: number };
const covers = (a: number, len: number) => (m: Span) => Math.min(a + len, m.end) - Math.max(a, m.start) >= 0.6 * len;

const DIGITS = '〇一二三四五六七八九';
const SUFFIXES = ['机制', '工程', '行动', '改革', '体系', '建设', '工作', '制度', '模式', '计划', '制'];
/** Spellings of `key` that a near form could take (see b above). */
function nearKeys(key: string): string[] {
  const out = new Set<string>([key.replace(/[《》〈〉]/gu, ''), key.replace(/[的之]/gu, '')]);
  out.add(key.replace(/\d/gu, (d) => DIGITS[Number(d)] as string));
  out.add(key.replace(/[〇一二三四五六七八九]/gu, (c) => String(DIGITS.indexOf(c))));
  for (const s of SUFFIXES) {
    if (key.endsWith(s) && key.length - s.length >= 2) out.add(key.slice(0, -s.length));
    else out.add(key + s);
  }
  out.delete(key);
  return [...out];
}

/** Kind a: the form's occurrence in the text, and the lexicon words crossing its edges. */
function rejected(text: string, a: number, len: number): string | null {
  for (let s = Math.max(0, a - 8); s < a + len; s++) {
    for (let e = s + 2; e <= Math.min(text.length, a + len + 8); e++) {
      const key = normalizeForm(text.slice(s, e));
      if (!forms.has(key) || !covers(a, len)({ start: s, end: e })) continue;
      const crossing: string[] = [];
      for (let i = Math.max(0, s - 6); i < e; i++) {
        for (let j = i + 2; j <= Math.min(text.length, i + 6); j++) {
          const w = text.slice(i, j);
          if (lexicon.has(w) && ((i < s && j > s) || (i < e && j > e))) crossing.push(w);
        }
      }
      return `${key} ✗ ${crossing.join(' ') || '(no crossing word)'}`;
    }
  }
  return null;
}

/** Kind b: a glossary form near the span's spelling. */
function near(span: string): string | null {
  const key = normalizeForm(span);
  for (const k of nearKeys(key)) if (forms.has(k)) return k;
  for (const f of forms) {
    if (f.length >= 3 && f !== key && (f.includes(key) || (key.includes(f) && f.length * 2 >= key.length))) return f;
  }
  return null;
}

/** Kind c: a detected candidate without the dictionary guard or without the glossary's matches. */
function refused(text: string, known: Span[], a: number, len: number): string | null {
  if (detectJargon(text, [], isWord).some(covers(a, len))) return 'blocked by a glossary match';
  const d = detectJargon(text, known, () => false).find(covers(a, len));
  if (d) return `dictionary guard (${d.term})`;
  // A longer quoted name (seven to ten characters) that the guard on names without a policy ending left out.
  const q = [...text.matchAll(/[“"‘「]([^”"’」“‘「\s，。；：！？]{7,10})[”"’」]/gu)].find((m) => covers(a, len)({ start: m.index + 1, end: m.index + 1 + (m[1] as string).length }));
  return q ? `guard on longer quoted names (${q[1] as string})` : null;
}

/** The kind of a glossary miss; a span the detector found is `c` only in that sense (no guard refused it). */
function classify(text: string, known: Span[], span: string, detected: boolean): [string, string] {
  const a = text.indexOf(span);
  const r = rejected(text, a, span.length);
  if (r) return ['a', r];
  const n = near(span);
  if (n) return ['b', n];
  if (detected) return ['d', 'detected'];
  const c = refused(text, known, a, span.length);
  if (c) return ['c', c];
  return ['d', ''];
}

const table: Record<string, Record<string, number>> = {};
const lines: string[] = [];
for (const set of SETS) {
  const rows = tsvRows(join(root, `tests/fixtures/${set}/jargon.tsv`)) as [string, string][];
  if (rows.length === 0) continue;
  const t: Record<string, number> = { spans: 0, glossary: 0, recognised: 0 };
  for (const [text, gold] of rows) {
    // As the figures and the page read it: a traditional-script sentence in its simplified form (one character for one).
    const shown = toSimplified(text);
    const gs = matcher.match(shown);
    const ds = detectJargon(shown, gs, isWord);
    for (const span of gold.split('|')) {
      t.spans = (t.spans ?? 0) + 1;
      const byGlossary = gs.some(recognises(text, span));
      const recognised = byGlossary || ds.some(recognises(text, span));
      if (byGlossary) t.glossary = (t.glossary ?? 0) + 1;
      if (recognised) t.recognised = (t.recognised ?? 0) + 1;
      if (byGlossary) continue;
      const [kind, why] = classify(shown, gs, toSimplified(span), recognised);
      const key = recognised ? `glossary-${kind}` : `missed-${kind}`;
      t[key] = (t[key] ?? 0) + 1;
      lines.push(`${set}\t${recognised ? 'detected' : 'MISSED'}\t${kind}\t${span}\t${why}`);
    }
  }
  table[set] = t;
}
if (list) console.log(lines.join('\n'));
const kinds = ['a', 'b', 'c', 'd'];
console.log(`set\tspans\tglossary\trecognised\t${kinds.map((k) => `miss-${k}`).join('\t')}\t${kinds.map((k) => `gl-${k}`).join('\t')}`);
const sum: Record<string, number> = {};
for (const [set, t] of Object.entries(table)) {
  for (const [k, v] of Object.entries(t)) sum[k] = (sum[k] ?? 0) + v;
  const cols = [...kinds.map((k) => t[`missed-${k}`] ?? 0), ...kinds.map((k) => t[`glossary-${k}`] ?? 0)];
  console.log(`${set}\t${t.spans}\t${t.glossary}\t${t.recognised}\t${cols.join('\t')}`);
}
const cols = [...kinds.map((k) => sum[`missed-${k}`] ?? 0), ...kinds.map((k) => sum[`glossary-${k}`] ?? 0)];
console.log(`all\t${sum.spans}\t${sum.glossary}\t${sum.recognised}\t${cols.join('\t')}`);
console.log('miss-k: found by neither the glossary nor the detector; gl-k: not by the glossary but by the detector (kind of the glossary miss; c cannot occur)');
