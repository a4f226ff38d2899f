// What the blind163 pages showed (tests/fixtures/pages/blind163-*, pages read by "Use Dubao on this page" on portals and
// government sites): a portal's byline inside its 作者 label (`作者：嘉兴日报记者　沈　琳`) or in its role-bar house style
// (`界面新闻记者 | 沈一鸣`) is a byline, no headline (lib/reflow/credit-leads.ts); an editor line in the role-bar style
// (`界面新闻编辑 | 刘　芳`) and a box's `点击查看视频：…` line between paragraphs are no article text
// (lib/extract/boilerplate.ts). Snippets written for these tests in the pages' shapes; the leave-alone cases keep what
// Dubao did before.
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';
import { creditWithoutLead } from '../../lib/reflow/credit-leads';
import { parseHtml } from '../../scripts/lib/html';

const P1 = '6月9日，省政府办公厅印发若干措施，从市场准入、要素保障、融资支持等方面提出28条具体举措。';
const P2 = '省发展改革委相关负责人表示，下一步将会同有关部门抓好政策落地。';
const page = (first: string): string => [first, '', P1, '', P2].join('\n');
const BODY = [{ kind: 'body', text: P1 }, { kind: 'body', text: P2 }];

const root = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(root(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
const el = (html: string): Element => root(html).firstElementChild as Element;

describe('a portal\'s byline inside a 作者 label or a role bar (blind163)', () => {
  it('gives 作者：<medium>记者 X as a byline over the paragraphs', () => {
    expect(reflowText(page('作者：嘉兴日报记者　沈　琳'))).toEqual([{ kind: 'byline', text: '作者：嘉兴日报记者　沈　琳' }, ...BODY]);
  });

  it('gives <medium>记者 | X as a byline over the paragraphs', () => {
    expect(reflowText(page('界面新闻记者 | 沈一鸣'))).toEqual([{ kind: 'byline', text: '界面新闻记者 | 沈一鸣' }, ...BODY]);
    for (const t of ['记者｜王　珏　李　想', '界面新闻记者 | 沈一鸣', '作者：本报记者　陆　健　通讯员　周　舟']) expect(isRoleByline(t)).toBe(true);
  });

  it('leaves alone a 作者 line that wraps no byline, a headline with a bar, and a sentence', () => {
    for (const t of ['作者：记者节里的一封信', '走近一线记者 | 他们的一天', '记者 | 今年全省新建保障房3万套，比去年增加两成。', '作者：记者采访了市里的三家企业。']) expect(isRoleByline(t)).toBe(false);
    expect(creditWithoutLead('记者从市交通局获悉，城乡公交票价统一为2元。')).toBeNull();
    expect(creditWithoutLead('作者：沈家骏')).toBeNull();
    expect(reflowText(page('记者 | 今年全省新建保障房3万套，比去年增加两成。'))[0]).toEqual({ kind: 'body', text: '记者 | 今年全省新建保障房3万套，比去年增加两成。' });
  });
});

describe('a portal\'s role-bar editor line and a 点击查看 box line between paragraphs (blind163)', () => {
  it('leave out 界面新闻编辑 | X and 点击查看视频：… from the article', () => {
    expect(fromHtml(`<p>界面新闻记者 | 沈一鸣</p><p>界面新闻编辑 | 刘　芳</p><p>${P1}</p><div class="video-card"><img src="v.jpg"><p>点击查看视频：地铁夜间延时运营首日探访</p></div><p>${P2}</p>`)).toEqual([
      'byline: 界面新闻记者 | 沈一鸣',
      `body: ${P1}`,
      `body: ${P2}`,
    ]);
    for (const h of ['<p>编辑｜王丽</p>', '<p>点击观看：钱塘江夜景航拍</p>', '<p>点击查看详情：长护险办理指南</p>']) expect(isBoilerplate(el(h))).toBe(true);
  });

  it('leaves alone a paragraph that speaks of clicking, a bar in a caption, and a reporter\'s role-bar line', () => {
    for (const h of ['<p>市民点击查看“浙里办”首页，即可找到长护险专区。</p>', '<p>点击查看的人越来越多，平台访问量翻了一番。</p>', '<p>图为园区一角 | 通讯员 吴晓峰 摄</p>', '<p>界面新闻记者 | 沈一鸣</p>']) expect(isBoilerplate(el(h))).toBe(false);
  });
});
