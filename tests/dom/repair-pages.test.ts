// The repair over each page shape in the fixtures: <br> lines, <p> cuts, indents, pre-wrap,
// GBK, captions between the halves of a paragraph.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';
import { FIXTURES, fixtureDocument, fixtureGold } from '../helpers/fixtures';
import { scoreReflow } from '../helpers/score-reflow';

const articles = FIXTURES.filter((p) => p.gold && !p.heldout);
const inlinePre = (el: Element): boolean => /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');

describe.each(articles.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  it('gives the gold paragraphs (f1 = 1, kinds ≥ 0.95)', () => {
    const r = detect(page.url, fixtureDocument(page));
    const { blocks } = repairBody(r?.body as Element, { isPre: inlinePre });
    const score = scoreReflow(fixtureGold(page), blocks);
    expect(score.f1).toBe(1);
    expect(score.kindAcc).toBeGreaterThanOrEqual(0.95);
  });
});

describe('extraction', () => {
  const extract = (html: string) => {
    const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/');
    return extractLines(doc.getElementById('b') as Element, { isPre: inlinePre });
  };

  it('ends a line at <br> and counts <br><br> as a blank line', () => {
    const { lines } = extract('近日，记者从<br>\n医保分局了解<br>\n<br>\n到，我区');
    expect(lines.map((l) => [l.text, l.gap])).toEqual([['近日，记者从', 0], ['医保分局了解', 0], ['到，我区', 1]]);
  });

  it('counts a <p> boundary as a gap and reads 　　 and &nbsp; as indentation', () => {
    const { lines } = extract('<p>　　近日，记者。</p><p>&nbsp;&nbsp;农业银行。</p><p>\n  续行</p>');
    expect(lines.map((l) => [l.text, l.gap, l.indent])).toEqual([['近日，记者。', 0, true], ['农业银行。', 1, true], ['续行', 1, false]]);
  });

  it('splits pre-formatted text at its newlines', () => {
    const { lines } = extract('<div style="white-space: pre-wrap">本报讯（记者\n盛凤琴）\n\n  为深入</div>');
    expect(lines.map((l) => [l.text, l.gap, l.indent])).toEqual([['本报讯（记者', 0, false], ['盛凤琴）', 0, false], ['为深入', 1, true]]);
  });

  it('maps every line back to the text nodes it came from, across inline markup', () => {
    const { lines, pieces } = extract('<p>　　市民<a href="/x">王</a><b>女士</b>说</p>');
    expect(lines[0]?.text).toBe('市民王女士说');
    const rebuilt = (pieces[0] ?? []).map((p) => p.node.data.slice(p.nodeStart, p.nodeEnd)).join('');
    expect(rebuilt).toBe('市民王女士说');
    expect(pieces[0]?.map((p) => p.lineStart)).toEqual([0, 2, 3, 5]);
  });

  it('keeps pictures in order and marks the line under one as a caption candidate', () => {
    const { lines, media } = extract('<p>上半段</p><table><tr><td align="center"><img src="a.jpg"></td></tr><tr><td>活动现场。(陈薇)</td></tr></table><p>下半段</p>');
    expect(media).toHaveLength(1);
    expect(media[0]?.afterLine).toBe(0);
    expect(lines[1]?.afterMedia).toBe(true);
  });

  it('skips scripts, styles and hidden elements', () => {
    const { lines } = extract('<script>var a="正文";</script><style>p{}</style><p hidden>隐藏</p><p>正文</p>');
    expect(lines.map((l) => l.text)).toEqual(['正文']);
  });
});
