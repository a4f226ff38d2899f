// An article holds prose (lib/detect/prose.ts): a paper's content page for a 数独, a 象棋 endgame or a TV listing
// (blind43, blind47 and blind48 each had one, read as an article when a reader forced Dubao on it) is no article,
// forced or not; a 简讯 of one sentence, a poem without stops, a 名单 and a photo page's captions still are. Pages
// written for these tests in the shape of those classic Founder content pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { readsAsProse } from '../../lib/detect/prose';
import { parseHtml } from '../../scripts/lib/html';

const URL_ = 'http://szb.example-paper.cn/xxrb/html/2026-11/20/content_12_50117.htm';
const page = (title: string, content: string): string =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><!--enpproperty <title>${title}</title><date>2026-11-20</date>/enpproperty-->` +
  `<table><tr><td><founder-title>${title}</founder-title></td></tr><tr><td><founder-content>${content}</founder-content></td></tr></table></body></html>`;
const body = (content: string): Element => parseHtml(page('t', content), URL_).querySelector('founder-content') as Element;
const p = (lines: string[]): string => lines.map((l) => `<p>${l}</p>`).join('');

const SUDOKU = p(['5　3　　　7', '6　　　1　9　5', '　9　8　　　　6', '8　　　　6　　　3', '4　　8　　3　　1', '7　　　　2　　　6', '　6　　　　2　8', '　　　4　1　9　　5', '　　　　8　　7　9',
  '游戏规则：在空格内填入数字1至9，使每行、每列和每个粗线宫内的数字均不重复。', '（答案见下期本版）']);
const XIANGQI = p(['红先胜', '（答案见下期本版）', '上期答案：1.车二进三　将6进1　2.马三进四　将6平5　3.车二退一　红胜']);
const TV = p(['宁波电视台新闻综合频道', '06:30　宁波早新闻', '07:30　看看宁波', '12:00　午间新闻', '18:30　宁波新闻联播', '19:35　电视剧：山海情（18、19）', '宁波电视台经济生活频道', '07:00　生活早报', '20:00　电视剧：人世间（31、32）']);

describe('readsAsProse', () => {
  it.each([['a 数独', SUDOKU], ['a 象棋 endgame', XIANGQI], ['a TV listing', TV]])('is false for %s', (_name, html) => {
    expect(readsAsProse(body(html))).toBe(false);
  });

  it.each([
    ['a 简讯 of one sentence', p(['本报讯　昨天上午，市区首条“智慧公交”示范线正式开通运营。'])],
    ['a poem without stops', p(['江心屿的灯亮了', '渡船还在等最后一个人', '潮水慢慢退去', '母亲在岸上喊我的小名', '风把她的声音送得很远'])],
    ['a 名单 of names in rows', p(['一等奖（3名）', '张晓明　李　娜　王建国', '二等奖（5名）', '陈　静　刘海涛　周文斌　吴丽华　郑　强'])],
    ['a photo page\'s captions, each a sentence', p(['▲游客在古镇河边拍照留念。记者　王　涛　摄', '▲孩子们在广场上放风筝。'])],
    ['an article with a table of figures', p(['全市前三季度主要经济指标如下：', '地区生产总值　1234.5　6.2', '规上工业增加值　456.7　7.1'])],
  ])('is true for %s', (_name, html) => {
    expect(readsAsProse(body(html))).toBe(true);
  });
});

describe('detect with a content page that holds no prose', () => {
  it('recognises no article on a puzzle or listing page, forced or not', () => {
    for (const html of [SUDOKU, XIANGQI, TV]) {
      const doc = parseHtml(page('休闲', html), URL_);
      expect(detect(URL_, doc)).toBeNull();
      expect(detect(URL_, doc, { force: true })).toBeNull();
    }
  });

  it('still recognises an article on the same page shape', () => {
    const html = p(['　　本报讯　昨天上午，市区首条“智慧公交”示范线正式开通运营，沿途设站18个。', '　　据介绍，示范线全程12公里。']);
    const r = detect(URL_, parseHtml(page('首条智慧公交示范线开通', html), URL_));
    expect(r?.kind).toBe('article');
    expect(r?.title).toBe('首条智慧公交示范线开通');
  });
});
