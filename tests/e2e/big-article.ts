// The 10,000-character article the pinyin speed figures are measured on (tests/e2e/pinyin-speed.e2e.ts):
// both corpus pages' text in the 萧山日报 article markup (tests/fixtures/pages/xsrb-article-br.html,
// saved from xsrb.xsnet.cn), one print line per <br>, as that paper sets its articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, PAGES_DIR } from '../helpers/fixtures';

/** Where the long article is served (routed to bigArticle()). */
export const BIG_URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886597.htm';

/** The 萧山日报 article fixture the long article is built on (its own URL serves the short one). */
export const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html') as (typeof FIXTURES)[number];

/** A 10,000-character article in the 萧山日报 markup, from both corpus pages. */
export function bigArticle(): string {
  const corpus = ['xsrb-page-narrow-columns', 'zj-page-column-breaks'].map((n) => readFileSync(join(PAGES_DIR, '../corpus', `${n}.txt`), 'utf8')).join('\n\n');
  const body = corpus.split('\n').map((l) => l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')).join('<br>\n');
  return readFileSync(join(PAGES_DIR, xsrb.file), 'utf8').replace(/(<div id="ozoom"[^>]*>)[\s\S]*?(<\/div>)/u, `$1${body}$2`);
}
