// A fixture page (tests/fixtures/pages, modelled on the real e-paper sites) loaded into the
// happy-dom document of a DOM test, at its real URL.
import { FIXTURES, fixtureHtml, type FixturePage } from '../helpers/fixtures';

/**
 * Replaces the test document with fixture `file` and sets the window's URL to the fixture's URL
 * (plus `hash`). Stylesheet links are dropped (the test environment loads nothing from the
 * network); `body`, when given, replaces the contents of the 萧山日报 article body (`div#ozoom`).
 * Throws when `file` is not in the fixture manifest.
 */
export function loadFixturePage(file: string, o: { hash?: string; body?: string } = {}): FixturePage {
  const page = FIXTURES.find((f) => f.file === file);
  if (!page) throw new Error(`${file} is not in tests/fixtures/pages/manifest.json`);
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(page.url + (o.hash ?? ''));
  let html = fixtureHtml(file).replace(/<link[^>]*>/giu, '');
  if (o.body !== undefined) html = html.replace(/(<div id="ozoom"[^>]*>)[\s\S]*?(<\/div>)/u, `$1${o.body}$2`);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/iu, '').replace(/<\/html>[\s\S]*$/iu, '');
  return page;
}
