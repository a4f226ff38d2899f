// Items under a lead that ends in a colon, each a paragraph of its own ending in a semicolon, with no mark of their own
// (`具体调整如下：` / `7路公交车双向改经中环南路、由拳路，暂停停靠…两个站点；` / `21路公交车双向改经纺工路，…站点；` /
// `K305路公交车调整为…。`; `近期新开放的助餐点有：` / `南湖区解放街道勤俭社区助餐点，服务时间10:30—12:30；`).
import { trimmedLastCode } from './chars';
import type { BlockKind } from './types';

/** Longer than any such item; a longer paragraph ending in a semicolon is more likely a sentence cut by a column. */
const ITEM_MAX = 80;
/** How many items back the lead may stand. */
const ITEMS_MAX = 12;

/**
 * The text ends in a semicolon (white space after it aside): a list item's or a row's end. (`/[；;][\s\u3000]*$/u`, read from
 * the end: asked at every boundary of a short paragraph, where the pattern would try each position of it.)
 */
export const endsInSemicolon = (t: string): boolean => {
  const c = trimmedLastCode(t);
  return c === 0xff1b || c === 0x3b;
};

/**
 * The paragraph `para`, ending in a semicolon, is an item under a colon's lead: the blocks right above it are items ending
 * in semicolons back to a body paragraph ending in a colon. Where the page then parts elements (`gap` over 0: an empty
 * line, a new <p>), the item ends there, though a semicolon ends no sentence: text printed one <p> per column piece would
 * otherwise read the items as one sentence's clauses. (Asked by the segmenter before the boundary scorer.)
 */
export function colonItemEnds(above: readonly { kind: BlockKind; text: string }[], para: string, gap: number): boolean {
  if (gap <= 0 || para.length > ITEM_MAX || !endsInSemicolon(para)) return false;
  for (let k = above.length - 1; k >= 0 && k >= above.length - ITEMS_MAX; k--) {
    const o = above[k] as { kind: BlockKind; text: string };
    const t = o.text.trim();
    if (o.kind !== 'body') return false;
    if (/[：:]$/u.test(t)) return true;
    if (!endsInSemicolon(t) || t.length > ITEM_MAX) return false;
  }
  return false;
}
