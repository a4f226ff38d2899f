// Rules from what the blind13 pages showed (tests/fixtures/pages/blind13-*, npm run score:blind): a
// 副刊 author after `◎` is a byline; a photographer's credit written `X/摄` or `摄影` signs a caption,
// and the line under a picture that such a credit line follows is that caption; elements opening
// with `▲` where no picture precedes them are a list's items, not captions; the print lines of a 名单
// (names separated by spaces) are neither headlines nor one paragraph. With the negatives they must
// leave alone. Snippets written for these tests in the shape of the blind13 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { isCaptionLine, isHeadingCandidate, isPhotoCreditLine, isRoleByline } from '../../lib/reflow/classify';
import { isNameListLine } from '../../lib/reflow/signed-names';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] => {
  const doc = parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/');
  return repairBody(doc.getElementById('body') as Element, { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
};
const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

const I = '　　';
const P1 = '入秋以后，山里的雾一天比一天重，清早推开窗，对面的茶山只剩下一道淡淡的影子。';
const P2 = '镇里今年新修了两条游步道，周末来爬山的城里人明显多了，村口的小店也热闹起来。';
const IMG = '<p style="text-align:center"><img src="a.jpg"></p>';

describe('a 副刊 author after a circle or star', () => {
  it('is a byline (`◎ 王晓芸`, `☆ 欧阳明`), as after a box', () => {
    expect(isRoleByline('◎ 王晓芸')).toBe(true);
    expect(isRoleByline('☆ 欧阳明')).toBe(true);
    expect(fromHtml(`<p>◎ 王晓芸</p><p>${I}${P1}</p>`)).toEqual(['byline: ◎ 王晓芸', `body: ${P1}`]);
  });

  it('but a marked phrase that is no name (`◎ 春风十里`) is not', () => {
    expect(isRoleByline('◎ 春风十里')).toBe(false);
  });
});

describe('a photographer’s credit with a slash or 摄影', () => {
  it('makes a caption: `（通讯员 林 涛/摄）` at its end, `本报记者 陈 斌 摄影` on a line of its own', () => {
    expect(isCaptionLine('村民在晒场上翻晒新收的稻谷。（通讯员 林 涛/摄）')).toBe(true);
    expect(isCaptionLine('本报记者 陈 斌 摄影')).toBe(true);
    expect(isPhotoCreditLine('本报记者 陈 斌 摄影')).toBe(true);
  });

  it('and a reporters’ byline or a sentence is no credit line', () => {
    expect(isCaptionLine('记者 王明 通讯员 李华')).toBe(false);
    expect(isPhotoCreditLine('村民在晒场上翻晒新收的稻谷。')).toBe(false);
  });

  it('under a picture, signs the line above it: a finished sentence there is the caption', () => {
    expect(fromHtml(`<p>${I}${P1}</p>${IMG}<p>${I}山间云雾缭绕。</p><p>${I}本报记者 陈 斌 摄影</p>`))
      .toEqual([`body: ${P1}`, 'caption: 山间云雾缭绕。', 'caption: 本报记者 陈 斌 摄影']);
  });

  it('but a finished sentence under a picture with no credit after it stays body', () => {
    expect(fromHtml(`<p>${I}${P1}</p>${IMG}<p>${I}山间云雾缭绕。</p><p>${I}${P2}</p>`)).toContain('body: 山间云雾缭绕。');
  });
});

describe('elements opening with ▲', () => {
  const items = [
    '▲稳住农业基本盘。全年粮食播种面积稳定在12万亩以上，新建高标准农田5000亩。',
    '▲做强文旅新业态。培育精品民宿20家，打造乡村旅游精品线路3条，',
    '全年接待游客突破500万人次。',
    '▲兜牢民生保障网。新增公办幼儿园学位600个，实现困难群众救助全覆盖。',
  ];
  it('with no picture before them are a list’s items, each a paragraph, one cut by a column joined again', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}${items[0]}</p><p>${I}${items[1]}</p><p>${items[2]}</p><p>${I}${items[3]}</p><p>${I}${P2}</p>`))
      .toEqual([`body: ${P1}`, `body: ${items[0]}`, `body: ${items[1]}${items[2]}`, `body: ${items[3]}`, `body: ${P2}`]);
  });

  it('but under a picture, a ▲ line is its caption', () => {
    expect(fromHtml(`<p>${I}${P1}</p>${IMG}<p>▲ 游客在新修的游步道上拍照。</p><p>${I}${P2}</p>`))
      .toEqual([`body: ${P1}`, 'caption: ▲ 游客在新修的游步道上拍照。', `body: ${P2}`]);
  });

  it('and a lone ▲ line in print text is still a caption', () => {
    expect(blocks([`${I}${P1}`, '▲ 游客在新修的游步道上拍照。', `${I}${P2}`].join('\n'))).toContain('caption: ▲ 游客在新修的游步道上拍照。');
  });
});

describe('the print lines of a 名单', () => {
  it('are lines of names, never headlines', () => {
    expect(isNameListLine('胡建新　江　涛　王小红　许文斌')).toBe(true);
    expect(isHeadingCandidate('胡建新　江　涛　王小红　许文斌')).toBe(false);
  });

  it('but words with spaces (`春风　夏雨　秋霜`) or two names are no such line', () => {
    expect(isNameListLine('春风　夏雨　秋霜')).toBe(false);
    expect(isNameListLine('胡建新　许文斌')).toBe(false);
  });

  it('each stay the line the print gives, under bold heads that stay headings', () => {
    const html = `<p>${I}经评选，现将名单公布如下：</p><p><strong>一、优秀志愿者（8名）</strong></p>`
      + '<p>胡建新　江　涛　王小红　许文斌</p><p>沈丽华　钱　勇　陆晓东　金　萍</p>'
      + '<p><strong>二、优秀志愿者提名奖（4名）</strong></p><p>唐建国　施　敏　顾小燕　章立峰</p>';
    expect(fromHtml(html)).toEqual([
      'body: 经评选，现将名单公布如下：', 'heading: 一、优秀志愿者（8名）',
      'body: 胡建新　江　涛　王小红　许文斌', 'body: 沈丽华　钱　勇　陆晓东　金　萍',
      'heading: 二、优秀志愿者提名奖（4名）', 'body: 唐建国　施　敏　顾小燕　章立峰',
    ]);
  });

  it('and end before an element that holds more than names', () => {
    expect(fromHtml(`<p>胡建新　江　涛　王小红　许文斌</p><p>${I}（以上排名不分先后）</p>`))
      .toEqual(['body: 胡建新　江　涛　王小红　许文斌', 'body: （以上排名不分先后）']);
  });
});
