/**
 * Rules for unquoted jargon that {@link ./detect.ts} adds to its patterns: the shapes of policy
 * formulas and coinages that ordinary prose seldom takes. Pure.
 *
 * - A chief system, X长制 or X（Y）长制 (田长制, 路长制, 湾（滩）长制, 河湖长制): one character, or
 *   two that make a word, before 长制, neither the whole nor its last character + 长制 a
 *   dictionary word (家长制 is one).
 * - An XX化 way of working named with the work it changes (增值化改革, 清单化管理): XX a word,
 *   XX化 not one (so 现代化建设, 信息化建设 are left to the dictionary).
 * Unquoted NUM X NUM Y formulas (三清三拆) are left to the quoted-coinage rule: unquoted, the shape
 * is as common in ordinary prose (二尺五寸, 三战三败, 双向四车道) as in policy news.
 * Each rule asks `isWord` the same questions whatever it answers, so that `wordQuestions` in
 * ./detect.ts can list them ahead of time.
 */
import type { DetectedTerm } from './detect';

const CHIEF = /(\p{Script=Han})(\p{Script=Han})(?:（(\p{Script=Han})）)?长制/gu;
const WAY = /(\p{Script=Han}{2})化(?:改革|建设|管理|服务|治理|转型|运营)/gu;

const term = (text: string, start: number, end: number, kind: DetectedTerm['kind']): DetectedTerm => ({ term: text.slice(start, end), start, end, kind });

/** X长制 chief systems in `text`. */
function chiefSystems(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(CHIEF)) {
    const [a, b, c] = [m[1] as string, m[2] as string, m[3]];
    const end = m.index + m[0].length;
    // Two characters before 长制 when they make a word (河湖) or the first ends no word before it
    // (实|河湖长制), else only the last one (推行|田长制, 推行|湾（滩）长制).
    const ends = isWord(`${text[m.index - 1] ?? ''}${a}`);
    const pair = isWord(a + b) || !ends;
    const short = `${c === undefined ? b : `${b}（${c}）`}长制`;
    const [wordLong, wordShort] = [isWord(`${a}${b}${c ?? ''}长制`), isWord(short.replace(/[（）]/gu, ''))];
    if (wordShort || (pair && wordLong)) continue;
    out.push(pair ? term(text, m.index, end, 'formula') : term(text, end - short.length, end, 'formula'));
  }
  return out;
}

/** XX化 + the work it changes (增值化改革). */
function waysOfWorking(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(WAY)) {
    const xx = m[1] as string;
    const [word, coined] = [isWord(xx), !isWord(`${xx}化`)];
    if (word && coined) out.push(term(text, m.index, m.index + m[0].length, 'coinage'));
  }
  return out;
}

/** Every match of the rules above in `text`, possibly overlapping one another (the caller resolves). */
export function ruleMatches(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  return [...chiefSystems(text, isWord), ...waysOfWorking(text, isWord)];
}
