// `reflow FILE` of a page saved by a browser or by SingleFile reads the address the saving tool wrote into
// the file (scripts/lib/saved-url.ts) when the page names none of its own, so the saved e-paper page is read
// with its site's profile as `recognize --url` reads it. The page: blind59's 杭州日报 图片新闻 (article_detail
// template, its headline in the page's own title element), saved as Chrome's "Save as" and SingleFile save it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { savedFromUrl } from '../../scripts/lib/saved-url';
import { ROOT, runCli } from '../helpers/cli-process';

vi.setConfig({ testTimeout: 30_000 });

const URL_ = 'https://hzdaily.hangzhou.com.cn/hzrb/2026/01/16/article_detail_1_20260116A052.html';
const FILE = join(ROOT, 'tests/fixtures/pages/blind59-hzrb17-hzdaily-article-detail-br-plain-24-tupian-xinwen-two-photos-captions-jizhe-tongxunyuan-she.html');
const mark = (url: string): string => `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n`;

describe('savedFromUrl', () => {
  it('reads the mark of the web and SingleFile\'s comment', () => {
    expect(savedFromUrl(`${mark(URL_)}<html><body></body></html>`)).toBe(URL_);
    expect(savedFromUrl(`<!DOCTYPE html> <html lang="zh-CN"><!--\n Page saved with SingleFile \n url: ${URL_} \n saved date: Fri Jan 16 2026 08:12:40 GMT+0800\n--><head>`)).toBe(URL_);
  });

  it('leaves alone pages with no such comment, other comments, addresses that are none, and a mark far down the page', () => {
    expect(savedFromUrl('<html><body><p>本报讯</p></body></html>')).toBeNull();
    expect(savedFromUrl('<!-- enpproperty <url>https://x.example/a.html</url> --><html>')).toBeNull();
    expect(savedFromUrl('<!-- saved from url=(0014)about:internet -->\n<html>')).toBeNull();
    expect(savedFromUrl('<!-- saved from url=(0009)http://[ -->\n<html>')).toBeNull();
    expect(savedFromUrl(`<html><body>${'<p>正文</p>'.repeat(2000)}${mark(URL_)}</body></html>`)).toBeNull();
  });
});

describe('cli reflow of a saved page', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dubao-saved-'));
  const page = readFileSync(FILE, 'utf8');
  const blocks = (args: string[]) => {
    const r = runCli(args);
    expect(r.status, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { blocks: { kind: string; text: string }[] }).blocks;
  };
  const asRecognized = blocks(['recognize', '--url', URL_, FILE]);

  it('reads a page saved by Chrome with its site\'s profile, as `recognize --url` does', () => {
    const saved = join(tmp, 'chrome.html');
    writeFileSync(saved, mark(URL_) + page);
    expect(blocks(['reflow', '--json', saved])).toEqual(asRecognized);
  });

  it('reads a page saved by SingleFile the same way', () => {
    const saved = join(tmp, 'singlefile.html');
    writeFileSync(saved, page.replace(/<html([^>]*)>/iu, `<html$1><!--\n Page saved with SingleFile \n url: ${URL_} \n saved date: Fri Jan 16 2026\n-->`));
    expect(blocks(['reflow', '--json', saved])).toEqual(asRecognized);
  });

  it('without the comment, reads the same file as any page (the headline then stands in the article)', () => {
    const plain = blocks(['reflow', '--json', FILE]);
    expect(plain).not.toEqual(asRecognized);
    expect(plain[0]?.kind).toBe('heading');
  });
});
