// Rules from what the blind27 pages showed (tests/fixtures/pages/blind27-*, npm run score:blind): in a 短讯 column
// set in <br> print lines, each item's title, a print line of its own right above the line that opens with the
// item's dateline (`本报讯（记者 X）…`), is a heading. With the text the rule must leave alone. Text written for these
// tests in the shape of the blind27 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';
import { reflowText } from '../../lib/reflow';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);

describe('a 短讯 item\'s title above its dateline, in <br> print lines', () => {
  const t1 = '龙山镇开展消防安全演练';
  const a1 = ['本报讯（记者 陈丽）3月2日，龙山镇', '在镇中心小学开展消防安全疏散演练，', '全校600余名师生参加。'];
  const t2 = '城东街道“邻里食堂”开张';
  const a2 = ['本报讯（通讯员 钱程）近日，城东街', '道首家“邻里食堂”开张，为辖区老人', '提供午餐和晚餐。'];
  const join = (a: string[]): string => a.join('');
  it('is a heading, set in bold, with an empty print line between the items', () => {
    const html = [`<b>${t1}</b>`, ...a1, '', `<b>${t2}</b>`, ...a2].join('<br>');
    expect(fromHtml(html)).toEqual([`heading: ${t1}`, `body: ${join(a1)}`, `heading: ${t2}`, `body: ${join(a2)}`]);
  });

  it('is a heading when not in bold either', () => {
    const html = [t1, ...a1, '', t2, ...a2].join('<br>');
    expect(fromHtml(html)).toEqual([`heading: ${t1}`, `body: ${join(a1)}`, `heading: ${t2}`, `body: ${join(a2)}`]);
  });

  it('is a heading above a 新华社 dateline too', () => {
    const b = ['新华社杭州3月4日电 记者从浙江省', '气象局获悉，本周全省气温回升。'];
    expect(fromHtml(['全省本周气温回升', ...b].join('<br>'))).toEqual(['heading: 全省本周气温回升', `body: ${join(b)}`]);
  });

  it('leaves a line with a sentence in it above a dateline alone', () => {
    const html = ['春耕时节，各地一派繁忙。', ...a1].join('<br>');
    expect(fromHtml(html).some((x) => x.startsWith('heading:'))).toBe(false);
  });

  it('leaves a bold line above a line with no dateline alone (a lead set in bold goes on)', () => {
    const html = [`<b>${t1}</b>`, '3月2日，龙山镇在镇中心小学开展消防', '安全疏散演练。'].join('<br>');
    expect(fromHtml(html).some((x) => x.startsWith('heading:'))).toBe(false);
  });

  it('leaves a byline above a dateline alone', () => {
    const html = ['记者 陈丽 通讯员 钱程', ...a1].join('<br>');
    expect(fromHtml(html)).not.toContain('heading: 记者 陈丽 通讯员 钱程');
  });
});

describe('a caption signed by who supplied the picture, in brackets after its sentence', () => {
  const a = ['　　民警调取沿途监控，发现老人曾在', '胜山路一带出现。经过近两个小时的'];
  const b = ['搜寻，民警在一处公交站台找到了他，', '随后将他安全送回家中。'];
  const para = (a.join('') + b.join('')).trim();
  it('is a caption, where a column cut a paragraph around it (（通讯员供图）, （受访单位供图）)', () => {
    for (const credit of ['（通讯员供图）', '（受访单位供图）']) {
      const cap = `民警将走失老人送回家中。${credit}`;
      expect(reflowText([...a, '', cap, '', ...b].join('\n')).map((x) => `${x.kind}: ${x.text}`)).toEqual([`body: ${para}`, `caption: ${cap}`]);
    }
  });

  it('leaves a sentence that speaks of supplied pictures alone', () => {
    const line = '　　市摄影家协会为展览供图200余幅。';
    expect(reflowText([...a, ...b, '', line].join('\n')).map((x) => x.kind)).toEqual(['body', 'body']);
  });
});

describe('a lone print line as wide as the column, over a paragraph opening with a time phrase (br print lines, empty lines)', () => {
  const run = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((x) => `${x.kind}: ${x.text}`);
  const body1 = ['近日，城北街道启动“15分钟健身', '圈”建设，计划年内新建口袋公园', '和百姓健身房等场地12处。'];
  const body2 = ['3月3日，港区举行新能源产业项', '目集中签约仪式，8个项目总投资', '达23.6亿元。'];
  it('is a heading: `近日，`, `3月3日，` open a sentence, so no column cut the line above', () => {
    const t1 = '城北街道启动“15分钟健身圈”建设';
    const t2 = '港区新能源产业项目集中签约开工';
    expect(run([t1, '', ...body1, '', t2, '', ...body2])).toEqual([`heading: ${t1}`, `body: ${body1.join('')}`, `heading: ${t2}`, `body: ${body2.join('')}`]);
  });

  it('leaves a lone line before a figure that opens no time phrase alone: the column cut it', () => {
    const a = '城北街道口袋公园改造工程预计在';
    const b = ['12月底前完工，届时将新增绿地', '约2000平方米。'];
    expect(run([...body1, '', a, '', ...b])).toEqual([`body: ${body1.join('')}`, `body: ${a}${b.join('')}`]);
  });
});
