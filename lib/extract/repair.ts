// The article pipeline shared by the content script and the CLI: extract, then repair.
import { reflowLines, type ReflowOptions, type RepairedBlock } from '../reflow';
import { extractLines, type ExtractOptions, type Extraction } from './index';
import { withoutRepeatedTitle } from './repeated-title';
import { leadingPictureRun } from './leading-pictures';

/** An article body, extracted and repaired. */
export interface RepairedArticle {
  extraction: Extraction;
  blocks: RepairedBlock[];
}

/** Extracts the body's print lines and repairs them into blocks. */
export function repairBody(body: Element, options: ReflowOptions & ExtractOptions = {}): RepairedArticle {
  const leading = options.leading === undefined ? leadingPictureRun(body) : options.leading;
  const extraction = withoutRepeatedTitle(body, extractLines(body, { ...options, leading }));
  return { extraction, blocks: reflowLines(extraction.lines, options) };
}
