// Rules from what the blind48 pages showed (tests/fixtures/pages/blind48-*, npm run score:blind -- --set blind48): a
// 记者 line whose 通讯员 are printed after their units (`通讯员　海曙区委宣传部　李　丹　鼓楼街道　张晓燕`) was joined to the
// first paragraph or made a headline; a county 融媒体中心 reporter's line, production credits (`视觉　王　璐`,
// `摄影：沈　丽　　制图：许　颖`), an unbracketed `据新华社电` and a reprint line (`本文转载自“X”微信公众号`) were made
// headlines; a 获奖名单's entries printed `trade　name（unit）` were made headlines and the next group's bold label
// (`二等奖`) was read as body. With the shapes each rule must leave alone. Text written for these tests in the shape of
// the blind48 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { isRoleByline } from '../../lib/reflow/classify';
import { isOtherCredit, withoutUnits } from '../../lib/reflow/credit-forms';
import { isListedEntry } from '../../lib/reflow/listed-entries';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const I = '　　';
const P1 = '今年以来，全县新建改建农村公路86公里，群众出行更加便利。';
const P2 = '县交通运输局相关负责人表示，明年将继续推进农村公路提档升级。';

describe('a 记者 line with 通讯员 printed after their units', () => {
  const lines = ['记者　张　明　刘　芳　赵　磊　通讯员　县交通运输局　陈　晨　城关镇　王小红', '记者　吴　越　通讯员　市生态环境局　钱　佳'];
  it('is a byline, kept apart from the first paragraph', () => {
    for (const b of lines) {
      expect(isRoleByline(b)).toBe(true);
      expect(fromHtml(`<p>${b}</p><p>${I}${P1}</p><p>${I}${P2}</p>`)).toEqual([`byline: ${b}`, `body: ${P1}`, `body: ${P2}`]);
    }
    expect(withoutUnits('记者　张明　通讯员　县交通运输局　陈晨　城关镇　王小红')).toBe('记者　张明　通讯员　陈晨　王小红');
  });

  it('is left alone where no name follows the unit, the line is a sentence, or the role has no names', () => {
    expect(withoutUnits('记者　张明　通讯员　县交通运输局')).toBe('记者　张明　通讯员　县交通运输局');
    expect(isRoleByline('通讯员　县交通运输局')).toBe(false);
    expect(isRoleByline('记者走进县交通运输局')).toBe(false);
    expect(isRoleByline('通讯员　县交通运输局　陈晨说，今年的任务很重')).toBe(false);
  });
});

describe('a county 融媒体中心 reporter', () => {
  it('is a byline', () => {
    expect(isRoleByline('安吉县融媒体中心记者　沈　洁　通讯员　李　强')).toBe(true);
    expect(isRoleByline('县传媒中心记者　何　平')).toBe(true);
  });
  it('is left alone where the words after the role are no name', () => {
    expect(isRoleByline('县融媒体中心记者节活动举行')).toBe(false);
    expect(isRoleByline('县融媒体中心记者走进田间地头')).toBe(false);
  });
});

describe('credits with no reporter\'s role: production, wire and reprint lines', () => {
  const credits = ['视觉　王　璐', '摄影：沈　丽　　制图：许　颖', '制图　许颖', '摄像：陈　浩　剪辑：林　一', '据新华社电', '据新华社北京10月22日电', '本文转载自“安吉发布”微信公众号', '转载自浙江新闻客户端'];
  it('are bylines, never headlines', () => {
    for (const c of credits) {
      expect(isOtherCredit(c)).toBe(true);
      expect(isRoleByline(c)).toBe(true);
    }
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}${P2}</p><p>据新华社电</p>`)).toEqual([`body: ${P1}`, `body: ${P2}`, 'byline: 据新华社电']);
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}${P2}</p><p>视觉　王　璐</p>`)).toEqual([`body: ${P1}`, `body: ${P2}`, 'byline: 视觉　王　璐']);
  });

  it('are left alone where a heading or a sentence uses the same words', () => {
    for (const t of ['摄影　记录乡村', '视频　看见浙江', '设计　精巧', '视觉艺术展开幕', '摄影展记录乡村变化', '据新华社电，今年前三季度', '据悉新华社电', '本文转载自“安吉发布”，有删改。', '转载自']) {
      expect(isOtherCredit(t)).toBe(false);
    }
    expect(isRoleByline('视觉艺术展开幕')).toBe(false);
  });
});

describe('a 获奖名单 of entries printed trade, name and unit', () => {
  const first = ['焊工　王建军（宁波造船有限公司）', '电工　李　强（县供电公司）', '中式烹调　陈　静（县职业技术学校）'];
  const second = ['焊工　赵一鸣（宁波港股份有限公司）　孙　伟（县建设集团）', '电工　周　斌（县水务公司）　吴海峰（市技师学院）'];
  it('gives each entry a paragraph, no headline, and the next group\'s bold label a heading', () => {
    const out = fromHtml(`<p>${I}经过初赛和决赛，评出一等奖3名、二等奖4名。获奖名单如下：</p><p><strong>一等奖</strong></p>${first.map((e) => `<p>${e}</p>`).join('')}<p><strong>二等奖</strong></p>${second.map((e) => `<p>${e}</p>`).join('')}<p>${I}${P2}</p>`);
    expect(out.slice(1)).toEqual(['heading: 一等奖', ...first.map((e) => `body: ${e}`), 'heading: 二等奖', ...second.map((e) => `body: ${e}`), `body: ${P2}`]);
    expect(first.every((e) => isListedEntry(e))).toBe(true);
  });

  it('is left alone where the name is none, the line is a sentence, or what follows the entries is plain text', () => {
    expect(isListedEntry('焊工　技能比武（县总工会）')).toBe(false);
    expect(isListedEntry('焊工　王建军（宁波造船有限公司），')).toBe(false);
    expect(isListedEntry('今年，王建军（宁波造船有限公司）')).toBe(false);
    // A plain (not bold) element after the run is not made a heading by the run.
    const out = fromHtml(`<p>${I}获奖名单如下：</p>${first.map((e) => `<p>${e}</p>`).join('')}<p>吴永福（退休干部、义务巡河员）</p>`);
    expect(out.some((l) => l.startsWith('heading: '))).toBe(false);
  });
});
