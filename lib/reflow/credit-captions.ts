// A photo caption printed over several print lines, its credit last (a 图片新闻 whose caption runs on under the picture,
// `…市民在新建成的滨江` / `绿道上跑步。记者　陈　旭　摄`; a caption whose bracketed credit the line end cut, `…夜景。（记者　潘　虹` /
// `摄）`; a 组图's credit, `本组图片由记者　方　斌　通讯` / `员　李　晨　摄`): only its last line holds the credit, so the test
// of a line by its words (classify.ts isCaptionLine) sees none of it, and the paragraph under it is joined on.
import { BRIEF_DATELINE, isCaptionLine } from './classify';
import type { Line } from './columns';
import type { BlockKind } from './types';

/** How a photographer's or a supplier's credit ends: 摄, 摄影 or 提供, in brackets or not. */
const CREDIT_TAIL = /(?:摄影?|提供)[)）]?$/u;
/** What a line cut right after 摄 goes on with as one word (`摄影`, `摄像`, `摄制`, `摄入`, `摄取`, `摄氏`). */
const WORD_GOES_ON = /^[影像制入取氏]/u;
/** A caption's opening mark (`图为…`, `▲…`): a caption by it alone, not by a credit at its end. */
const OPENING_MARK = /^\s*(?:图为|图[：:]|▲)/u;
/** Longer than any caption (classify.ts reads none longer). */
const MAX_CAPTION = 300;

/**
 * A paragraph's text ends in a photographer's or a supplier's credit, as a caption's does (`…跑步。记者　陈　旭　摄`,
 * `…夜景。（记者　潘　虹　摄）`, `本组图片由记者　X　摄`, `…（图片由X提供）`): not a news brief's text opening with its
 * dateline (`本报讯…`), nor a line a caption only by an opening mark.
 */
export function endsInPhotoCredit(text: string): boolean {
  const t = text.trimEnd();
  return t.length <= MAX_CAPTION && CREDIT_TAIL.test(t) && !BRIEF_DATELINE.test(t) && isCaptionLine(t.replace(OPENING_MARK, ''));
}

/**
 * The paragraph so far (its print lines `lines`, its text `text`) is a caption its credit has ended: the next print line
 * `next` starts anew (`…记者　陈　旭　摄` / `本报讯　近日，…`), unless it goes on with the word the line end cut (`摄` / `影`).
 * The last line is read first: most paragraphs end in no credit.
 */
export function creditEndsCaption(text: string, lines: readonly Line[], next: Line): boolean {
  const last = lines[lines.length - 1];
  return last !== undefined && CREDIT_TAIL.test(last.text.trimEnd()) && !WORD_GOES_ON.test(next.text.trimStart()) && endsInPhotoCredit(text);
}

/**
 * A 组图's numbered caption: `图` and a circled picture number, then a space and its text (`图①　所前镇选手在挑担接力比赛中
 * 奋力冲刺。`, `图②　工人将蒸好的糯米摊开晾凉。`), whether or not a credit ends it — not a text pointing to a figure
 * (`如图①所示`, `图①中的…`: no space after the number).
 */
const NUMBERED_PICTURE = /^图[\u2460-\u2473][\s　]+\S/u;
/** Print lines a numbered caption runs over at most. */
const MAX_NUMBERED_LINES = 4;

/**
 * A paragraph of two print lines or more that ends in a photo credit is a caption over several lines, not body; so is
 * a numbered caption (`图①　…`) of a few print lines.
 */
export function creditedCaptions<T extends { kind: BlockKind; text: string; lines: readonly unknown[] }>(blocks: T[]): T[] {
  for (const b of blocks) {
    if (b.kind !== 'body') continue;
    if ((b.lines.length >= 2 && endsInPhotoCredit(b.text)) || (b.lines.length <= MAX_NUMBERED_LINES && b.text.length <= MAX_CAPTION && NUMBERED_PICTURE.test(b.text.trim()))) b.kind = 'caption';
  }
  return blocks;
}
