// The 引题 (pretitle) and 副题 (subtitle) of an article printed in the same cell class on either
// side of its title, as 萧山日报's Founder template does (tests/fixtures/pages/xsrb-article-br.html:
// `<table id="newstitle">` with `td.font02`, `td.font01`, `td.font02`, `td.font03`; the cell above the
// title is empty when the article has no 引题). The subtitle is the cell below the title, never the
// first cell of the class; a cell above the title is a pretitle, never a subtitle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const URL_ = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
const PAGE = readFileSync(join(__dirname, '../fixtures/pages/xsrb-article-br.html'), 'utf8');
const read = (html: string) => {
  const r = detect(URL_, parseHtml(html, URL_));
  return { title: r?.title, pretitle: r?.pretitle, subtitle: r?.subtitle };
};
const cells = (above: string, below: string): string =>
  PAGE.replace(/<table id="newstitle"[\s\S]*?<\/table>/u, `<table id="newstitle">
      <tr><td class="font02" align="center">${above}</td></tr>
      <tr><td class="font01" align="center"><p class="BSHARE_TEXT">医保服务提质扩面</p></td></tr>
      <tr><td class="font02" align="center">${below}</td></tr>
      <tr><td class="font03" align="center"></td></tr>
    </table>`);

describe('title cells of the 萧山日报 template', () => {
  it('reads the subtitle below the title when the cell above it is empty', () => {
    expect(read(PAGE)).toEqual({ title: '医保服务提质扩面', pretitle: null, subtitle: '全区52个“医银合作”网点实现镇街全覆盖' });
  });

  it('reads a filled cell above the title as the pretitle and the one below as the subtitle', () => {
    expect(read(cells('聚焦民生实事', '全区52个网点实现镇街全覆盖'))).toEqual({ title: '医保服务提质扩面', pretitle: '聚焦民生实事', subtitle: '全区52个网点实现镇街全覆盖' });
  });

  it('never takes the cell above the title for a subtitle', () => {
    expect(read(cells('聚焦民生实事', ''))).toEqual({ title: '医保服务提质扩面', pretitle: '聚焦民生实事', subtitle: null });
  });

  it('takes the title from the first title element that holds text, and places the other cells around that one', () => {
    // A share widget's empty `p.BSHARE_TEXT` before the title cell: the title is the filled one.
    const html = cells('聚焦民生实事', '全区52个网点实现镇街全覆盖').replace('<table id="newstitle">', '<p class="BSHARE_TEXT"> </p><table id="newstitle">').replace('td class="font01"', 'td class="title"');
    expect(read(html)).toEqual({ title: '医保服务提质扩面', pretitle: '聚焦民生实事', subtitle: '全区52个网点实现镇街全覆盖' });
  });
});
