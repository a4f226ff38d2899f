// The rules the blind58 round added. lib/reflow/dash-items.ts: on a page that indents its paragraphs, an indented
// line opening with `——` after a finished sentence, a colon or a semicolon opens a dashed item's paragraph; so does an
// unindented one opening an element of its own (after a blank line or a new element) after a colon or a semicolon.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { dashItemOpens } from '../../lib/reflow/dash-items';

const L = (text: string, indent = false, gap = 0): { text: string; indent: boolean; gap: number } => ({ text, indent, gap });

describe('an indented dashed item opens a paragraph (dashItemOpens)', () => {
  it('changes: an indented —— line after a colon, a semicolon or a sentence end, on an indenting page', () => {
    expect(dashItemOpens(true, L('基础、有条件，更要有行动：'), L('　　——做好科技金融，让更多“耐心', true))).toBe(true);
    expect(dashItemOpens(true, L('企业；'), L('——做好绿色金融，支持印染、化纤', true))).toBe(true);
    expect(dashItemOpens(true, L('让城市更有温度。”'), L('　　—— 来自一线的报告', true))).toBe(true);
  });
  it('changes: an unindented —— element of its own after a colon or a semicolon, on any page', () => {
    expect(dashItemOpens(false, L('更要有行动：'), L('——做好科技金融，让更多', false, 1))).toBe(true);
    expect(dashItemOpens(true, L('硬科技企业；'), L('——做好绿色金融，支持', false, 1))).toBe(true);
  });
  it('leaves alone: an unindented —— element after a sentence end or a clause, and a —— line inside an element', () => {
    expect(dashItemOpens(false, L('他把心里话说了出来。'), L('——这是全村人的愿望。', false, 1))).toBe(false);
    expect(dashItemOpens(false, L('一条路，'), L('——通往幸福的路。', false, 1))).toBe(false);
    expect(dashItemOpens(false, L('更要有行动：'), L('——做好科技金融，让更多'))).toBe(false);
  });
  it('leaves alone: unindented, after a clause, a page that does not indent, a single dash or a rule of dashes', () => {
    expect(dashItemOpens(true, L('基础、有条件，更要有行动：'), L('——做好科技金融，让更多“耐心'))).toBe(false);
    expect(dashItemOpens(true, L('他说出了心里话'), L('　　——这是全村人的愿望。', true))).toBe(false);
    expect(dashItemOpens(true, L('一条路，'), L('　　——通往幸福的路。', true))).toBe(false);
    expect(dashItemOpens(false, L('更要有行动：'), L('　　——做好科技金融，', true))).toBe(false);
    expect(dashItemOpens(true, L('更要有行动：'), L('　　—做好科技金融，', true))).toBe(false);
    expect(dashItemOpens(true, L('全文完。'), L('　　————————', true))).toBe(false);
  });
  it('parts a 评论员文章\'s colon paragraph and its dashed items in pre-wrapped text indented seventeen wide', () => {
    const text = [
      '　　做好金融“五篇大文章”，嘉兴有',
      '基础、有条件，更要有行动：',
      '　　——做好科技金融，让更多“耐心',
      '资本”投向早期、小型和硬科技企业；',
      '　　——做好绿色金融，支持印染、化',
      '纤等传统产业绿色低碳转型；',
      '　　金融活，经济活；金融稳，经济稳。',
    ].join('\n');
    expect(reflowText(text).map((b) => b.text)).toEqual([
      '做好金融“五篇大文章”，嘉兴有基础、有条件，更要有行动：',
      '——做好科技金融，让更多“耐心资本”投向早期、小型和硬科技企业；',
      '——做好绿色金融，支持印染、化纤等传统产业绿色低碳转型；',
      '金融活，经济活；金融稳，经济稳。',
    ]);
  });
  it('parts them in <br> print lines with a blank line at paragraph ends, unindented', () => {
    const text = ['做好金融“五篇大文章”，嘉兴有', '基础、有条件，更要有行动：', '', '——做好科技金融，让更多“耐心', '资本”投向早期、小型和硬科技企业；', '',
      '——做好绿色金融，支持印染、化', '纤等传统产业绿色低碳转型。'].join('\n');
    expect(reflowText(text).map((b) => b.text)).toEqual([
      '做好金融“五篇大文章”，嘉兴有基础、有条件，更要有行动：',
      '——做好科技金融，让更多“耐心资本”投向早期、小型和硬科技企业；',
      '——做好绿色金融，支持印染、化纤等传统产业绿色低碳转型。',
    ]);
  });
  it('still joins a dash the line end set at a line\'s start inside a paragraph', () => {
    const text = ['　　这是一条通往幸福的路，全村人', '——从老人到孩子——都盼了很久。', '　　下一步，村里还将修路。'].join('\n');
    expect(reflowText(text).map((b) => b.text)[0]).toBe('这是一条通往幸福的路，全村人——从老人到孩子——都盼了很久。');
  });
});
