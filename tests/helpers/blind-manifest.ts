// The blind pages' manifests (tests/fixtures/pages/blindN-manifest.json): what each page is and must give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixturePage } from './fixtures';
import { PAGES_DIR } from './fixtures';

/** A blind page as the blind2- … blind43-manifest.json list it. */
export interface BlindPage extends FixturePage {
  /** For a page that must be left alone: what "Use Dubao on this page" must find there. */
  forced?: { title: string; date: string | null };
  /** For a page that is no article: "Use Dubao on this page" must find nothing there either (the popup then says no article was found). */
  forcedRefused?: boolean;
}

/** The pages a manifest lists. */
export const manifest = (name: string): BlindPage[] => JSON.parse(readFileSync(join(PAGES_DIR, name), 'utf8')) as BlindPage[];
