// Optional punctuation repair: half-width punctuation set inside Chinese text becomes full-width.
import { isHan } from './chars';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff5e“”‘’—…·《》]/u;
const ASCII_WORD = /[A-Za-z0-9]/u;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || CJK_PUNCT.test(ch));
}

/**
 * Turns half-width `, : ; ? ! ( )` into full-width where they sit in Chinese text. Numbers,
 * times, URLs and Latin text (`1.7亿元`, `36-38℃`, `5:30`, `in:pak`, `(CPI)`) are left alone.
 * Length-preserving: every character keeps its offset.
 */
export function repairPunctuation(text: string): string {
  const chars = Array.from(text);
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (!(c in FULL)) continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (c === '(') {
      open.push(i);
      continue;
    }
    if (c === ')') {
      const start = open.pop();
      if (start === undefined) continue;
      const inner = chars.slice(start + 1, i);
      const before = chars[start - 1];
      if (inner.some(isHan) && !inner.some((ch) => /[A-Za-z]/u.test(ch)) || (isCjk(before) && inner.some(isHan))) {
        chars[start] = '（';
        chars[i] = '）';
      }
      continue;
    }
    const prevCjk = isCjk(prev);
    const nextCjk = isCjk(next);
    const prevWord = prev !== undefined && ASCII_WORD.test(prev);
    const nextWord = next !== undefined && ASCII_WORD.test(next);
    if (prevWord && nextWord) continue; // 5:30, 1,000, in:pak
    if ((prevCjk && (nextCjk || nextWord || next === undefined || next === ' ')) || (nextCjk && prev !== undefined && /[0-9%％]/u.test(prev))) {
      chars[i] = FULL[c] as string;
    }
  }
  return chars.join('');
}
