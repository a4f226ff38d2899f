// What the blind5 pages showed (tests/fixtures/pages/blind5-*): a picture and its caption in a
// <div> of their own (南湖晚报's div.attachment > img + p, printed before the body), editor lines
// written without a colon (审核　张强　校对　李华), the title only in <title> after an unspaced
// hyphen with the paper's name in the page's <h1>, and a government URL dated only by TRS WCM's
// file name (/202410/t20241025_N.shtml). Snippets written for these tests in the pages' shapes;
// the negatives keep the old reading.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, detect } from '../../lib/detect';
import { extractLines, isBoilerplate } from '../../lib/extract';
import { parseHtml } from '../../scripts/lib/html';

const lines = (html: string): { text: string; caption?: boolean }[] => {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/');
  return extractLines(doc.getElementById('b') as Element, { isPre: () => false }).lines;
};
const el = (html: string): Element => {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/');
  return (doc.getElementById('b') as Element).firstElementChild as Element;
};

describe('a picture and its caption in a <div> of their own', () => {
  it('reads the text after the picture as its caption, whatever its wording', () => {
    const out = lines('<div class="attachment"><img src="a.jpg"><p>小朋友在南湖畔放飞风筝。</p></div><p>　　深秋时节，南湖景区的银杏、红枫渐次变色，吸引不少市民游客前来打卡。</p>');
    expect(out.map((l) => [l.text, l.caption === true])).toEqual([
      ['小朋友在南湖畔放飞风筝。', true],
      ['深秋时节，南湖景区的银杏、红枫渐次变色，吸引不少市民游客前来打卡。', false],
    ]);
  });

  it('keeps a <div> paragraph with text before its picture, two pictures, or a long text as it was', () => {
    const before = lines('<div>　　村民在工坊里编织藤椅，一个月能挣3000多元。<img src="a.jpg"></div>');
    expect(before.every((l) => l.caption !== true)).toBe(true);
    const two = lines('<div><img src="a.jpg"><img src="b.jpg"><p>两位老人在公园下棋。</p></div>');
    expect(two.every((l) => l.caption !== true)).toBe(true);
    const long = lines(`<div><img src="a.jpg"><p>${'今年以来，全区新建改造便民服务网点300余个，不少变化就发生在市民身边。'.repeat(6)}</p></div>`);
    expect(long.every((l) => l.caption !== true)).toBe(true);
    // A short paragraph opening with a bullet icon sized in its markup is a paragraph, not a caption.
    const bullet = lines('<div><img src="dot.gif" width="9" height="9">　　萧山区新增15个城市书房，市民可凭身份证免费借阅。</div>');
    expect(bullet.every((l) => l.caption !== true)).toBe(true);
  });
});

describe('editor lines without a colon', () => {
  it.each(['<p>　　审核　张强　校对　李华</p>', '<p>责任编辑 王丽</p>', '<p>本版编辑　赵晨　美编　钱程</p>'])('leaves %s out of the article', (html) => {
    expect(isBoilerplate(el(html))).toBe(true);
  });

  it.each(['<p>审核通过后，名单将在网站公示。</p>', '<p>编辑出版</p>', '<p>校对工作要细致</p>', '<p>审核　张强说，材料已经齐全。</p>'])('keeps %s', (html) => {
    expect(isBoilerplate(el(html))).toBe(false);
  });
});

describe('a title only in the document title', () => {
  const P = '<p>　　连日来，松阳县万亩茶园迎来秋茶采摘，茶农们抢抓晴好天气采茶制茶，茶山上一派繁忙景象。</p>';
  const url = 'http://epaper.lsnews.com.cn/html/2024-10/25/content_889900.htm';
  const page = (title: string, h1: string): Document => parseHtml(`<html><head><title>${title}</title></head><body>${h1}<div id="ozoom"><founder-content>${P}</founder-content></div></body></html>`, url);

  it('reads the part before an unspaced hyphen and the paper\'s name, and takes no logo <h1> for the title', () => {
    expect(detect(url, page('松阳万亩秋茶开采-丽水日报', '<h1 class="logo"><a>丽水日报</a></h1>'))?.title).toBe('松阳万亩秋茶开采');
    expect(detect(url, page('松阳万亩秋茶开采－丽水日报数字报', ''))?.title).toBe('松阳万亩秋茶开采');
  });

  it('keeps a hyphen inside a title, and an <h1> that is no site name', () => {
    // A document title of one part is the title of a Founder article that shows none elsewhere (blind32), hyphen and all.
    expect(detect(url, page('2024-2025年度流感疫苗接种启动', ''))?.title).toBe('2024-2025年度流感疫苗接种启动');
    expect(detect(url, page('松阳万亩秋茶开采-丽水日报', '<h1>秋茶开采忙</h1>'))?.title).toBe('秋茶开采忙');
  });
});

describe('dates in government URLs', () => {
  it.each([
    ['http://www.jiangshan.gov.cn/xwzx/bmdt/202410/t20241025_7654321.shtml', '2024-10-25'],
    ['https://www.zj.gov.cn/art/202410/t20241031_123.html', '2024-10-31'],
    ['http://www.example.gov.cn/xwzx/t20241341_1.shtml', null],
    ['http://www.example.com/img/t20241025_1.jpg', null],
  ])('reads %s as %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});
