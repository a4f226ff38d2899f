// Where a title keeps the full-width space it is set with, rather than one ordinary space.
import { hanCount } from './han';

/** `更　正`, `声　明`: a title of two to four characters set apart, as notices are headed. */
const LETTER_SPACED = /^[\u4e00-\u9fff](?:[\s\u3000\u00a0]+[\u4e00-\u9fff]){1,3}$/u;

/** Two runs of text parted by one full-width space and nothing else. */
const TWO_PHRASES = /^([^\s\u3000\u00a0]+)\u3000([^\s\u3000\u00a0]+)$/u;

/**
 * A headline of two phrases of like length side by side, set apart by one full-width space as papers typeset them
 * (`冬季用气　安全第一`, `课间延长5分钟　校园更有活力`, `免签“朋友圈”扩容　“中国游”持续升温`): three Han characters or
 * more each, the longer at most twice the shorter. A short lead-in before a long statement (`向海图强　台州海洋经济总产值
 * 突破2000亿元`), an ordinary or a no-break space, or more than two parts read with an ordinary space as before.
 */
export function pairedPhrases(text: string): boolean {
  const m = TWO_PHRASES.exec(text);
  if (!m) return false;
  const a = hanCount(m[1] as string);
  const b = hanCount(m[2] as string);
  return Math.min(a, b) >= 3 && Math.max(a, b) <= 2 * Math.min(a, b);
}

/** Whether the (trimmed) title text keeps its full-width spaces: letter-spaced, or two paired phrases. */
export const keepsFullWidthSpace = (text: string): boolean => LETTER_SPACED.test(text) || pairedPhrases(text);
