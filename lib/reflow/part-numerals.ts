// A 散文's or 随笔's part numbers, each alone on a print line (`一`, `二`, `三`, set flush or centred with full-width
// spaces): the heads of the piece's parts. Print sets such a number on a line of its own between paragraphs; alone it
// holds no sentence for a paragraph to go on with, and the next number alone further down says it is one of a series.
import type { Line } from './columns';
import { lineEndsSentence, lineIsByline } from './line-tests';

const NUMERALS = '一二三四五六七八九十';
/** A number of one to three Chinese numerals and nothing else (spaces aside). */
const PART_NUMBER = /^[一二三四五六七八九十]{1,3}$/u;
/** A short first line with no mark (the writer's `□ X`, a title) over the first part. */
const WRITER_LINE = /^[^，,。．！？!?；;、：:“”]{1,10}$/u;

/** The value of a part number (`一` 1, `十` 10, `十二` 12, `二十` 20), or 0 where it is none. */
function partValue(text: string): number {
  const t = text.replace(/[\s\u3000]/gu, '');
  if (!PART_NUMBER.test(t)) return 0;
  const ten = t.indexOf('十');
  if (ten < 0) return t.length === 1 ? NUMERALS.indexOf(t) + 1 : 0;
  const tens = ten === 0 ? 1 : NUMERALS.indexOf(t[0] as string) + 1;
  const units = ten === t.length - 1 ? 0 : NUMERALS.indexOf(t[ten + 1] as string) + 1;
  return ten > 1 || t.length - ten > 2 ? 0 : tens * 10 + units;
}

/**
 * The lines that are a part's number alone: the number is the next or the one before another such line of the text,
 * and the line above it ends a sentence or is a byline, or is the text's first, short and with no mark (`□ X` over the
 * first part). Not a lone number with no
 * series, nor one under a line that goes on (a paragraph's last print line holding a cut word's numeral).
 */
export function partNumberLines(lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  const at: { k: number; v: number }[] = [];
  lines.forEach((l, k) => {
    if (l.text.length > 12) return;
    const v = partValue(l.text);
    if (v > 0) at.push({ k, v });
  });
  if (at.length < 2) return found;
  for (const { k, v } of at) {
    const above = lines[k - 1];
    if (above !== undefined && !lineEndsSentence(above) && !lineIsByline(above) && !(k === 1 && WRITER_LINE.test(above.text.trim()))) continue;
    if (at.some((o) => o.k !== k && (o.v === v + 1 ? o.k > k : o.v === v - 1 && o.k < k))) found.add(k);
  }
  return found;
}
