// Rules from what the blind34 pages showed (tests/fixtures/pages/blind34-*, npm run score:blind -- --set blind34): a
// short finished sentence in an element of its own under a picture that cut a paragraph mid-sentence, with the
// paragraph's unindented second half after it, is the picture's caption (the paragraph is joined around it); and a
// Founder page titled only in <title> after the paper's name and an unspaced hyphen (`淮安日报-标题`) is titled by the
// part after the name. With the shapes the rules must leave alone. Text written for these tests in the shape of the
// blind34 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const blocksOf = (inner: string): { kind: string; text: string }[] => {
  const doc = parseHtml(`<html><body><div id="content"><founder-content>${inner}</founder-content></div></body></html>`, 'http://localhost/');
  const body = doc.querySelector('founder-content') as Element;
  return repairBody(body, { isPre: () => false }).blocks.map((b) => ({ kind: b.kind ?? 'body', text: b.text }));
};
const pic = '<p align="center"><img src="p.jpg"></p>';

describe('a caption between the halves of a paragraph a picture cut', () => {
  it('is a caption, and the paragraph is joined around it', () => {
    const blocks = blocksOf([
      '<p>　　5月18日，县里的龙舟赛在溪口举行，来自12个乡镇的队伍参赛。</p>',
      '<p>　　比赛现场，锣鼓声此起彼伏。“我们村的队员练了两个月，就盼着',
      '</p>', pic, '<p>龙舟队员在溪面上奋力划桨。</p>',
      '<p>今天拿个好名次。”队长王海说。</p>',
      '<p>　　最终，溪口村代表队夺得冠军。</p>',
    ].join('\n'));
    expect(blocks).toContainEqual({ kind: 'caption', text: '龙舟队员在溪面上奋力划桨。' });
    expect(blocks).toContainEqual({ kind: 'body', text: '比赛现场，锣鼓声此起彼伏。“我们村的队员练了两个月，就盼着今天拿个好名次。”队长王海说。' });
    const i = blocks.findIndex((b) => b.kind === 'caption');
    expect(blocks[i - 1]?.text.startsWith('比赛现场')).toBe(true);
  });

  it('is not made of the paragraph\'s second half itself, with an indented paragraph after it', () => {
    const blocks = blocksOf([
      '<p>　　5月18日，县里的龙舟赛在溪口举行，来自12个乡镇的队伍参赛。</p>',
      '<p>　　比赛现场，锣鼓声此起彼伏。队员们喊着号子，</p>', pic,
      '<p>奋力向终点冲去。</p>',
      '<p>　　最终，溪口村代表队夺得冠军。</p>',
    ].join('\n'));
    expect(blocks.some((b) => b.kind === 'caption')).toBe(false);
    expect(blocks).toContainEqual({ kind: 'body', text: '比赛现场，锣鼓声此起彼伏。队员们喊着号子，奋力向终点冲去。' });
  });

  it('is not asked where the page does not indent its paragraphs', () => {
    const blocks = blocksOf([
      '<p>5月18日，县里的龙舟赛在溪口举行，来自12个乡镇的队伍参赛。</p>',
      '<p>比赛现场，锣鼓声此起彼伏。队员们喊着号子，</p>', pic,
      '<p>奋力向终点冲去。</p>',
      '<p>最终，溪口村代表队夺得冠军。</p>',
    ].join('\n'));
    expect(blocks.some((b) => b.kind === 'caption')).toBe(false);
  });

  it('as before, a caption under a picture after a finished paragraph is a caption', () => {
    const blocks = blocksOf([
      '<p>　　5月18日，县里的龙舟赛在溪口举行，来自12个乡镇的队伍参赛。</p>', pic,
      '<p>龙舟队员在溪面上奋力划桨。</p>',
      '<p>　　最终，溪口村代表队夺得冠军。</p>',
      '<p>　　颁奖仪式在溪口广场举行。</p>',
    ].join('\n'));
    expect(blocks).toContainEqual({ kind: 'caption', text: '龙舟队员在溪面上奋力划桨。' });
  });
});

describe('a Founder page titled only in <title> after the paper\'s name', () => {
  const page = (title: string): Document => parseHtml(
    `<html><head><title>${title}</title></head><body><table><tr><td class="font02"></td></tr><tr><td><div id="ozoom"><founder-content>` +
    '<p>　　新华社南京5月20日电　记者20日从省水利厅获悉，今年全省计划完成水利建设投资680亿元。</p>' +
    '<p>　　截至目前，全省已完成水利建设投资215亿元。</p></founder-content></div></td></tr></table></body></html>',
    'http://epaper.example.cn/xxrb/html/2026-05/21/content_5_30127.htm');
  const titleOf = (title: string): string | null | undefined => detect('http://epaper.example.cn/xxrb/html/2026-05/21/content_5_30127.htm', page(title))?.title;

  it('is titled by the part after the name', () => {
    expect(titleOf('淮安日报-江苏今年计划完成水利投资680亿元')).toBe('江苏今年计划完成水利投资680亿元');
    expect(titleOf('宿迁晚报－全市新开工重大项目56个')).toBe('全市新开工重大项目56个');
  });

  it('is not titled by an edition\'s page or a second name, and a title before the name keeps its place', () => {
    expect(titleOf('邵阳日报-第02版：要闻')).not.toBe('第02版：要闻');
    expect(titleOf('淮安日报-淮安新闻网')).not.toBe('淮安新闻网');
    expect(titleOf('江苏今年计划完成水利投资680亿元-淮安日报')).toBe('江苏今年计划完成水利投资680亿元');
    expect(titleOf('江苏今年计划完成水利投资680亿元')).toBe('江苏今年计划完成水利投资680亿元');
  });
});
