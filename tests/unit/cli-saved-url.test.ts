// `reflow FILE` of a page saved by a browser or by SingleFile reads the address the saving tool wrote into
// the file (scripts/lib/saved-url.ts) when the page names none of its own, so the saved e-paper page is read
// with its site's profile as `recognize --url` reads it. The page: blind59's 杭州日报 图片新闻 (article_detail
// template, its headline in the page's own title element) with a 相关报道 box of three longer paragraphs after the
// article, as article pages that show related reports carry one (added here: read as any page, the longer box is
// the text Dubao would take; the site's profile reads the article's own div.content), saved as Chrome's "Save as"
// and SingleFile save it.
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

/** A 相关报道 box after the article: three paragraphs of another report, longer together than the article. */
const RELATED = `<div class="related"><h4>相关报道</h4>${[
  '本报讯　记者从市园文局获悉，今年春节期间，西湖景区将推出赏梅、赏灯、民俗展演等三十余项活动，孤山、灵峰、植物园等地的梅花预计在一月下旬至二月中旬陆续进入最佳观赏期。',
  '为方便市民游客出行，景区将在节假日期间增开公交接驳线路，并在各主要景点入口设置咨询服务点，提供游览路线推荐和志愿讲解服务，游客可通过“西湖景区”微信公众号查询实时客流信息。',
  '景区管理部门提醒，赏梅期间请文明游览，不攀折花枝，不随意丢弃垃圾，遇到客流高峰时请听从现场工作人员指挥，错峰出行，确保安全。',
].map((t) => `<p>　　${t}</p>`).join('')}</div>`;

describe('cli reflow of a saved page', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dubao-saved-'));
  const page = readFileSync(FILE, 'utf8').replace('<div class="footer">', `${RELATED}<div class="footer">`);
  const unsaved = join(tmp, 'unsaved.html');
  writeFileSync(unsaved, page);
  const blocks = (args: string[]) => {
    const r = runCli(args);
    expect(r.status, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { blocks: { kind: string; text: string }[] }).blocks;
  };
  const asRecognized = blocks(['recognize', '--url', URL_, unsaved]);

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

  it('without the comment, reads the same file as any page (the longer 相关报道 box is then taken for the article)', () => {
    expect(page).not.toBe(readFileSync(FILE, 'utf8'));
    const plain = blocks(['reflow', '--json', unsaved]);
    expect(plain).not.toEqual(asRecognized);
    expect(plain[0]).toEqual({ kind: 'heading', text: '相关报道' });
    expect(asRecognized[0]?.text).toMatch(/^本报讯　连日来/u);
  });
});
