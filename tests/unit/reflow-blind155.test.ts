// "Use Dubao on this page" on a platform post that prints its date only under the text, from what the blind155 pages
// showed (tests/fixtures/pages/blind155-*): the publishing line a 知乎专栏 post prints right after its text
// (`编辑于 2029-04-18 09:21・IP 属地浙江`, `发布于 …`) gives the forced page's date when nothing over the text gives one;
// a date after the text said to be no publishing or editing time (a related list's, a comment's) is not read, and a
// date over the text keeps its place. Snippets written for these tests in the pages' shapes; the leave-alone cases
// keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const TITLE = '绍兴公积金新政解读：租房提取额度提高后，每月能多取多少？';
const P1 = '4月16日，市住房公积金管理中心发布关于调整租房提取政策的通知，自5月1日起施行。我把文件逐条读了一遍，结合自己的情况算了笔账，供大家参考。';
const P2 = '按照新规，无房职工租赁住房的，提取限额由每人每月1500元提高到2000元；多子女家庭在此基础上再上浮50%，夫妻双方合计最多可提取6000元。';
const P3 = '通过“浙里办”搜索“公积金租房提取”，填写租赁信息并授权查询不动产登记信息，审核通过后可按月自动划转到本人银行卡，不用再每季度跑一趟。';
const URL_ = 'https://zhuanlan.zhihu.com/p/1790000000000000001';

const page = (over: string, under: string): string =>
  `<html><head><meta charset="utf-8"><title>${TITLE} - 知乎</title></head><body><header><a>知乎</a><button>登录/注册</button></header>` +
  `<article><h1 class="Post-Title">${TITLE}</h1><div class="AuthorInfo"><span>越城小陈</span><button>关注</button></div>${over}` +
  `<div class="RichText ztext Post-RichText"><p>${P1}</p><h2>一、额度提高了多少</h2><p>${P2}</p><p>${P3}</p></div>${under}</article></body></html>`;
const read = (html: string): { title: string | null; date: string | null; blocks: string[] } | null => {
  const r = detect(URL_, parseHtml(html, URL_), { force: true });
  if (!r) return null;
  const blocks = r.body ? repairBody(r.body, { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`) : [];
  return { title: r.title, date: r.date, blocks };
};
const BLOCKS = [`body: ${P1}`, 'heading: 一、额度提高了多少', `body: ${P2}`, `body: ${P3}`];

describe('a forced page dated only by the publishing line under its text', () => {
  it('takes the date of 编辑于 / 发布于 / 发表于 right after the text', () => {
    for (const [line, date] of [
      ['<div class="ContentItem-time">编辑于 2029-04-18 09:21・IP 属地浙江</div>', '2029-04-18'],
      ['<div class="ContentItem-time">发布于 2029-03-02 20:15・IP 属地浙江</div>', '2029-03-02'],
      ['<div class="time">发表于2028年11月7日</div>', '2028-11-07'],
    ] as const) {
      expect(read(page('', `${line}<div class="Voters">赞同 128</div>`))).toEqual({ title: TITLE, date, blocks: BLOCKS });
    }
  });

  it('reads no other date under the text, and keeps a date printed over it', () => {
    // A related list's and a comment's dates after the text are no publishing line.
    expect(read(page('', '<div class="rec"><h3>推荐阅读</h3><a>杭州公积金贷款额度调整</a><span>2029-04-12</span></div><div class="c">阿宁：备案要房东配合吧<span>2029-04-18</span></div>')))
      .toEqual({ title: TITLE, date: null, blocks: BLOCKS });
    // A publishing line far below the text (past the comments) is not read either.
    expect(read(page('', `<div class="comments">${'阿宁：备案要房东配合吧，很多房东不愿意。'.repeat(3)}</div><div>编辑于 2029-04-18 09:21</div>`)))
      .toEqual({ title: TITLE, date: null, blocks: BLOCKS });
    // A date over the text stays the page's date.
    expect(read(page('<div class="meta">2029-04-17 08:00</div>', '<div class="ContentItem-time">编辑于 2029-04-18 09:21・IP 属地浙江</div>')))
      .toEqual({ title: TITLE, date: '2029-04-17', blocks: BLOCKS });
  });
});
