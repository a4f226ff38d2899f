// Loading the fixture pages (tests/fixtures/pages) and their manifest.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block } from '../../lib/reflow';
import { decode, parseHtml } from '../../scripts/lib/html';

/** One fixture page as manifest.json lists it. */
export interface FixturePage {
  file: string;
  url: string;
  follows: string;
  charset: string;
  expect: { recognized: boolean; site: string | null; kind: 'article' | 'layout' | null; title: string | null; date: string | null };
  gold: string | null;
  /** Held out: written before the rules were changed, never tuned against. */
  heldout?: boolean;
}

/** Folder of the fixture pages (a path: happy-dom test environments replace the global URL). */
export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

/** Every fixture page. */
export const FIXTURES: FixturePage[] = JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8')) as FixturePage[];

/** The page's bytes decoded by its declared charset. */
export function fixtureHtml(file: string): string {
  return decode(new Uint8Array(readFileSync(join(PAGES_DIR, file))), file);
}

/** The page parsed into a happy-dom Document at its real URL. */
export function fixtureDocument(page: FixturePage): Document {
  return parseHtml(fixtureHtml(page.file), page.url);
}

/** The gold blocks of an article fixture. */
export function fixtureGold(page: FixturePage): Block[] {
  if (!page.gold) return [];
  return (JSON.parse(readFileSync(join(PAGES_DIR, page.gold), 'utf8')) as { blocks: Block[] }).blocks;
}
