// The title of a classic table-template page whose 引题 and title stand in cells of one class family, from what the
// blind158 pages showed (tests/fixtures/pages/blind158-*): 湖州日报 prints the 引题 in td.font01 over the title cell
// td.font02, which holds the title in <founder-title>, while other templates of the same family print the title in
// td.font01 under an 引题 in td.font02. The cell holding <founder-title> is the title.
// Snippets written for these tests in the pages' shape; the negatives keep what the pages had before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const URL_HZ = 'https://szb.hz66.com/hzrb/html/2030-03/20/content_5_128114.htm';
const URL_XS = 'http://xsrb.xsnet.cn/epaper/html/2030-03/20/content_84301_22910472.htm';
const BODY = '<tr><td><div id="ozoom"><!--enpcontent--><founder-content>本报记者　沈　磊<br>　　南太湖畔的油菜花进入盛花期，吸引了不少市民游客前来赏花拍照。连日来，沿湖绿道上骑行的、散步的游人络绎不绝，周边的农家乐和民宿也迎来了客流高峰。<br>　　据了解，今年当地新增赏花点12处，并在主要路口设置了临时停车场。<br></founder-content><!--/enpcontent--></div></td></tr>';
const page = (url: string, cells: string, comment = ''): Document =>
  parseHtml(`<html><head><meta charset="utf-8"><title>湖州日报</title></head><body><table width="680">${cells}${BODY}</table>${comment}</body></html>`, url);
const cell = (cls: string, inner: string): string => `<tr><td class="${cls}" align="center">${inner}</td></tr>`;

describe('the title of a classic table-template page with its 引题 in a title cell', () => {
  it('is the cell holding <founder-title>, not the 引题 in td.font01 above it', () => {
    const doc = page(URL_HZ, cell('font01', '春季赏花游持续升温') + cell('font02', '<founder-title>太湖岸边油菜花开</founder-title>') + cell('font03', ''));
    const r = detect(URL_HZ, doc);
    expect(r?.title).toBe('太湖岸边油菜花开');
    expect(r?.date).toBe('2030-03-20');
  });

  it('is the same with the enpproperty comment naming the title, and with a 副题 in td.font03', () => {
    const doc = page(URL_HZ, cell('font01', '春季赏花游持续升温') + cell('font02', '<founder-title>太湖岸边油菜花开</founder-title>') + cell('font03', '周边民宿迎来客流高峰'),
      '<!--enpproperty <founder-date>2030-03-20</founder-date><founder-title>太湖岸边油菜花开</founder-title><founder-type>1</founder-type> /enpproperty-->');
    const r = detect(URL_HZ, doc);
    expect(r?.title).toBe('太湖岸边油菜花开');
    expect(r?.subtitle).toBe('周边民宿迎来客流高峰');
  });

  it('is still td.font01 where it holds <founder-title> itself, under an 引题 in td.font02', () => {
    const doc = page(URL_HZ, cell('font02', '春季赏花游持续升温') + cell('font01', '<founder-title>太湖岸边油菜花开</founder-title>') + cell('font03', ''));
    expect(detect(URL_HZ, doc)?.title).toBe('太湖岸边油菜花开');
  });

  it('is still the first title cell with text where no cell holds <founder-title>, or where it is empty', () => {
    const bare = page(URL_HZ, cell('font01', '') + cell('font02', '太湖岸边油菜花开') + cell('font03', ''));
    expect(detect(URL_HZ, bare)?.title).toBe('太湖岸边油菜花开');
    const plainFirst = page(URL_HZ, cell('font01', '太湖岸边油菜花开') + cell('font02', '周边民宿迎来客流高峰'));
    expect(detect(URL_HZ, plainFirst)?.title).toBe('太湖岸边油菜花开');
    const emptyMark = page(URL_HZ, cell('font01', '太湖岸边油菜花开') + cell('font02', '<founder-title></founder-title>'));
    expect(detect(URL_HZ, emptyMark)?.title).toBe('太湖岸边油菜花开');
  });

  it('is still p.BSHARE_TEXT where the template has one, whatever the cells hold', () => {
    const doc = page(URL_XS, '<tr><td align="center"><p class="BSHARE_TEXT">太湖岸边油菜花开</p></td></tr>' + cell('font01', '<founder-title>春季赏花游持续升温</founder-title>'));
    expect(detect(URL_XS, doc)?.title).toBe('太湖岸边油菜花开');
  });
});
