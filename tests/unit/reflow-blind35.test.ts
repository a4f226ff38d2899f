// Rules from what the blind35 pages showed (tests/fixtures/pages/blind35-*, npm run -s score:blind -- --set blind35): the
// rows of a 公示 or 名单 set out in columns (`林志强　男　莆田市第一医院…`), unindented on a page that indents its
// paragraphs, are each a paragraph; and a police or fire brigade (`…交通警察大队`, `…消防救援支队`) or a 指挥部 signing a
// notice is a signature (body text, never a headline). With the shapes the rules must leave alone. Text written for
// these tests in the shape of the blind35 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isSignatureLine } from '../../lib/reflow/notice-lines';
import { personRowEnds, personRowStarts } from '../../lib/reflow/named-entries';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`);
const htmlBlocks = (inner: string): string[] => {
  const doc = parseHtml(`<html><body><div id="content"><founder-content>${inner}</founder-content></div></body></html>`, 'http://localhost/');
  return repairBody(doc.querySelector('founder-content') as Element, { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s+/gu, '')}`);
};

describe('rows of a list set out in columns, name, sex and unit', () => {
  const page = [
    '　　经单位推荐、资格审查和评审，拟推选以下同志为',
    '2026年度“最美家乡人”，现予以公示。',
    '　　公示名单（按姓氏笔画排序）：',
    '王建平　男　县人民医院骨科主任医师',
    '李晓梅　女　城关镇第二小学教师',
    '陈　亮　男　县消防救援大队消防员',
    '张丽萍　女　溪口村党支部书记兼村',
    '委会主任',
    '周国强　男　县供电公司抢修班班长',
    '　　公示时间：2026年6月1日至6月7日。',
  ].join('\n');

  it('are each a paragraph, a row cut by its line end read whole', () => {
    const got = blocks(page);
    expect(got).toContain('body: 公示名单（按姓氏笔画排序）：');
    expect(got).toContain('body: 王建平男县人民医院骨科主任医师');
    expect(got).toContain('body: 李晓梅女城关镇第二小学教师');
    expect(got).toContain('body: 陈亮男县消防救援大队消防员');
    expect(got).toContain('body: 张丽萍女溪口村党支部书记兼村委会主任');
    expect(got).toContain('body: 周国强男县供电公司抢修班班长');
    expect(got).toContain('body: 公示时间：2026年6月1日至6月7日。');
  });

  it('start a paragraph only after an announcement, a sentence or another row', () => {
    expect(personRowStarts('公示名单如下：', '公示名单如下：', '王建平　男　县人民医院医生')).toBe(true);
    expect(personRowStarts('王建平　男　县人民医院医生', '王建平　男　县人民医院医生', '李晓梅　女　城关镇小学教师')).toBe(true);
    expect(personRowStarts('易　敏　女　县文化馆馆员', '易　敏　女　县文化馆馆员', '吴　军　男　县图书馆馆员')).toBe(true);
  });

  it('leave alone a sentence cut before a name, a row without its sex, a name with no family name, a comma entry', () => {
    // A sentence going on: the line before neither ends one nor is a row.
    expect(personRowStarts('　　参加比赛的选手中，年纪最大的是', '　　参加比赛的选手中，年纪最大的是', '王建平　男　今年七十二岁')).toBe(false);
    // Names and units without the sex: another rule's rows.
    expect(personRowStarts('名单如下：', '名单如下：', '王建平　县人民医院')).toBe(false);
    // No family name: no personal name.
    expect(personRowStarts('名单如下：', '名单如下：', '甲组　男　第一名')).toBe(false);
    // `男子组` is no sex column.
    expect(personRowStarts('名单如下：', '名单如下：', '一等奖　男子组　王建平')).toBe(false);
    // A 任前公示 entry with commas is personEntryStarts' (and stays one paragraph with its wrapped lines).
    expect(personRowStarts('公示如下：', '公示如下：', '张建国，男，1978年5月生')).toBe(false);
  });

  it('end, the last of the list, before the next labelled part of the notice, each an element of its own', () => {
    const text = [
      '公示名单：', '', '王建平　男　县人民医院骨科主任医师', '', '李晓梅　女　城关镇第二小学教师', '',
      '公示时间：2026年6月1日至6月7日。', '', '联系电话：0579-87651234',
    ].join('\n');
    const got = blocks(text);
    expect(got).toContain('body: 李晓梅女城关镇第二小学教师');
    expect(got).toContain('body: 公示时间：2026年6月1日至6月7日。');
    expect(personRowEnds('李晓梅　女　城关镇第二小学教师', '公示时间：2026年6月1日')).toBe(true);
  });

  it('do not end before the rest of their own unit, nor does prose before a label', () => {
    expect(personRowEnds('张丽萍　女　溪口村党支部书记兼村', '委会主任')).toBe(false);
    expect(personRowEnds('　　参加评选的有王建平、李晓梅等', '公示时间：2026年6月1日')).toBe(false);
  });

  it('as before, a paragraph of prose on an indenting page is joined across its print lines', () => {
    const text = [
      '　　今年以来，县里组织医生下乡义诊',
      '30多场，服务群众5000多人次。',
      '　　下一步，还将继续开展送医下乡。',
    ].join('\n');
    expect(blocks(text)).toEqual(['body: 今年以来，县里组织医生下乡义诊30多场，服务群众5000多人次。', 'body: 下一步，还将继续开展送医下乡。']);
  });
});

describe('a brigade or a 指挥部 signing a notice', () => {
  it('is a signature line', () => {
    expect(isSignatureLine('武义县公安局交通警察大队')).toBe(true);
    expect(isSignatureLine('金华市消防救援支队')).toBe(true);
    expect(isSignatureLine('县城市更新工作指挥部')).toBe(true);
  });

  it('is body text under the notice, never a headline', () => {
    const got = htmlBlocks([
      '<p>　　因道路施工，决定对解放街实施交通管制。现通告如下：</p>',
      '<p>　　一、管制时间：5月25日至6月10日。</p>',
      '<p>　　二、请过往车辆按现场标志绕行。</p>',
      '<p>　　特此通告。</p>',
      '<p align="right">武义县公安局交通警察大队</p>',
      '<p align="right">武义县住房和城乡建设局</p>',
      '<p align="right">2026年5月21日</p>',
    ].join('\n'));
    expect(got).toContain('body: 武义县公安局交通警察大队');
    expect(got.filter((b) => b.startsWith('heading'))).toEqual([]);
  });

  it('leaves alone a sentence naming a brigade, and a subheading that names none', () => {
    expect(isSignatureLine('记者从县消防救援大队了解到')).toBe(false);
    expect(isSignatureLine('消防救援大队开展演练。')).toBe(false);
    const got = htmlBlocks([
      '<p>　　5月20日，县里举行防汛应急演练。</p>',
      '<p><strong>队伍拉得出</strong></p>',
      '<p>　　演练中，县消防救援大队、县应急救援中心等10多支队伍参加。</p>',
      '<p><strong>群众转得快</strong></p>',
      '<p>　　村干部挨家挨户通知群众转移。</p>',
    ].join('\n'));
    expect(got).toContain('heading: 队伍拉得出');
    expect(got).toContain('heading: 群众转得快');
    expect(got).toContain('body: 演练中，县消防救援大队、县应急救援中心等10多支队伍参加。');
  });
});
