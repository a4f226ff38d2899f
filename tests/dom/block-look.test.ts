// How blocks are set beyond their kind (entrypoints/content/block-look.ts): a stanza's lines close
// together and the stanza apart; a signature the page sets right stays right. On the blind pages
// (a 诸暨日报 pad poem, a 宁波晚报 signed 更正), every other fixture and blind page, and small bodies.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { blockLooks, LOOK } from '../../entrypoints/content/block-look';
import { renderBlock, renderBlocks } from '../../entrypoints/content/render';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';
import { BLIND_SETS } from '../helpers/blind-pages';
import { parseHtml } from '../../scripts/lib/html';

const blind = (file: string) => BLIND_SETS.flatMap((s) => s.pages).find((x) => x.file === file)!;

function looksOf(page: { url: string; file: string }): { text: string; look: string[] }[] {
  const doc = fixtureDocument(page as Parameters<typeof fixtureDocument>[0]);
  const r = detect(page.url, doc);
  if (!r || r.kind !== 'article' || !r.body) return [];
  const a = repairBody(r.body);
  const looks = blockLooks(a.blocks, a.extraction);
  return a.blocks.map((b, i) => ({ text: b.text, look: looks[i] ?? [] }));
}

function looksOfBody(html: string): { text: string; look: string[] }[] {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://example.com/a.html');
  const a = repairBody(doc.getElementById('b')!);
  const looks = blockLooks(a.blocks, a.extraction);
  return a.blocks.map((b, i) => ({ text: b.text, look: looks[i] ?? [] }));
}

describe('block looks', () => {
  it('sets a poem\'s stanzas line by line, each stanza ending with a paragraph\'s space', () => {
    const bs = looksOf(blind('blind19-zjrb-pad-poem-stanzas.html'));
    const set = bs.filter((b) => b.look.includes(LOOK.setLine));
    expect(set.map((b) => b.text)).toHaveLength(12);
    expect(bs.filter((b) => b.look.includes(LOOK.setEnd)).map((b) => b.text)).toEqual(['捣衣声比鸟声醒得还早', '一个，两个，三个', '那座叫苎萝的山']);
    expect(bs.find((b) => b.text.startsWith('（作者系'))?.look).toEqual([]);
  });

  it('sets a signature the page aligns right to the right, and nothing else of the notice', () => {
    const bs = looksOf(blind('blind19-nbwb-gengzheng-signed.html'));
    expect(bs.filter((b) => b.look.includes(LOOK.right)).map((b) => b.text)).toEqual(['本报编辑部', '2025年12月4日']);
    expect(bs.filter((b) => b.look.length > 0)).toHaveLength(2);
  });

  it('leaves prose lines of one element, long items and a body set right as a whole alone', () => {
    expect(looksOfBody('<p>一是加快推进城乡风貌整治提升工作，打造一批示范样板；<br>二是深化数字化改革，推进公共服务一网通办；</p>').every((b) => b.look.length === 0)).toBe(true);
    expect(looksOfBody('<div style="text-align:right"><p>　　全文都靠右排的一段话。</p><p>落款</p></div>').every((b) => !b.look.includes(LOOK.right))).toBe(true);
    expect(looksOfBody('<p>　　市民反映的问题已转交有关部门办理，办理结果将及时向社会公布。</p><p>　　特此通告。</p><p align="right">某某县人民政府</p>').find((b) => b.text === '某某县人民政府')?.look).toEqual([LOOK.right]);
  });

  it('leaves ordinary articles as they were: no block of the tuned article fixtures takes a look', () => {
    for (const file of ['hangzhou-article.html', 'xsrb-article-br.html', 'xsrb-article-indent.html', 'sxrb-article.html']) {
      const f = FIXTURES.find((x) => x.file === file)!;
      const bs = looksOf(f);
      expect(bs.length).toBeGreaterThan(2);
      expect(bs.filter((b) => b.look.length > 0)).toEqual([]);
    }
  });

  it('draws the looks on the repaired article, and again on a block drawn anew', () => {
    const f = blind('blind19-nbwb-gengzheng-signed.html');
    const doc = fixtureDocument(f);
    const r = detect(f.url, doc)!;
    const a = repairBody(r.body!);
    const art = renderBlocks(doc, a.blocks, a.extraction, r.body!, { showRepairs: false, joinLabel: '' });
    const right = [...art.querySelectorAll('.dubao-right')].map((e) => e.textContent);
    expect(right).toEqual(['本报编辑部', '2025年12月4日']);
    const k = a.blocks.findIndex((b) => b.text === '本报编辑部');
    expect(renderBlock(doc, a.blocks[k]!, k, a.extraction, r.body!, { showRepairs: false, joinLabel: '' }).classList.contains(LOOK.right)).toBe(true);
  });
});
