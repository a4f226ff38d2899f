// The article pipeline shared by the content script and the CLI: extract, then repair.
import { reflowLines, type ReflowOptions, type RepairedBlock } from '../reflow';
import { extractLines, type ExtractOptions, type Extraction } from './index';
import { withoutRepeatedTitle, withoutTitleBlock } from './repeated-title';

/** An article body, extracted and repaired. */
export interface RepairedArticle {
  extraction: Extraction;
  blocks: RepairedBlock[];
}

/** Extracts the body's print lines and repairs them into blocks. */
export function repairBody(body: Element, options: ReflowOptions & ExtractOptions = {}): RepairedArticle {
  const extraction = withoutRepeatedTitle(body, withoutTitleBlock(body, extractLines(body, options)));
  return { extraction, blocks: reflowLines(extraction.lines, options) };
}
