// The rules the blind141 set's second round added. lib/reflow/part-head-words.ts (asked in numbered-heads.ts and
// document-lines.ts): a notice's numbered part head may end on a date's bracketed weekday (`一、10月24日（星期二）`), and on a
// page with no indentation it stands apart over a labelled row however short that row is (`停电时间：7:30—16:30`);
// lib/reflow/numbered-heads.ts subHeadUnderPartHead (below).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

const OPENING = ['因电网设备检修及线路改造施工需', '要，供电公司将对以下区域计划停', '电，停电期间请广大用户做好相关', '准备。具体安排如下：'];

describe('a dated part head over labelled rows (part-head-words.ts)', () => {
  it('changes: 一、 and 二、 with a date and its weekday, each over a 停电时间 row, on a plain page of print lines', () => {
    const page = [...OPENING, '一、10月24日（星期二）', '停电时间：7:30—16:30', '停电范围：武康街道英溪北路、志', '远北路沿线，城北村部分区域。', '二、10月26日（星期四）', '停电时间：8:00—17:30', '停电范围：新市镇西河口村、梅林', '村，新市工业园区沿线企业。'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 因电网设备检修及线路改造施工需要，供电公司将对以下区域计划停电，停电期间请广大用户做好相关准备。具体安排如下：',
      'heading: 一、10月24日（星期二）',
      'body: 停电时间：7:30—16:30',
      'body: 停电范围：武康街道英溪北路、志远北路沿线，城北村部分区域。',
      'heading: 二、10月26日（星期四）',
      'body: 停电时间：8:00—17:30',
      'body: 停电范围：新市镇西河口村、梅林村，新市工业园区沿线企业。',
    ]);
  });
  it('changes: a part head of plain words over a short labelled row', () => {
    const page = ['为加强工程建设管理，保障项目按', '期完成，根据有关规定，本项目已', '具备招标条件，现对该项目施工进', '行公开招标，有关事项公告如下：', '一、项目概况', '项目名称：美丽城镇提升工程', '建设地点：递铺街道'];
    expect(blocks(page.join('\n'))).toContain('heading: 一、项目概况');
  });
  it('leaves alone: a date and its weekday with a time after it, a numbered item ending on a mark', () => {
    const page = [...OPENING, '一、10月24日（星期二）8:30', '停电时间：7:30—16:30', '二、携带本人身份证；', '联系人：钱工'];
    const out = blocks(page.join('\n'));
    expect(out.filter((b) => b.startsWith('heading:'))).toEqual([]);
  });
});

// lib/reflow/numbered-heads.ts subHeadUnderPartHead (asked in segment.ts): on a page that indents its paragraphs, a sub-head
// numbered in another style right under a numbered part head made a heading (`二、综合利用措施` / `（一）推进秸秆还田`), over an
// indented line, is a heading too.
const NOTICE = ['　　为切实改善空气质量，保障人民', '群众身体健康和交通安全，根据有关', '规定，现就我市秋冬季秸秆禁烧有关', '事项通告如下：', '一、禁烧时间和区域', '　　禁烧时间为2028年10月20日至20', '29年1月31日。全市行政区域内禁止', '露天焚烧秸秆等产生烟尘的物质。'];

describe('a numbered sub-head right under a part head (subHeadUnderPartHead)', () => {
  it('changes: （一） alone right under 二、, over an indented paragraph, on an indented page of print lines', () => {
    const page = [...NOTICE, '二、综合利用措施', '（一）推进秸秆还田', '　　各镇街道要组织农机作业服务组', '织，推广机械化粉碎还田，对实施秸', '秆还田的种植户按规定给予补助。', '（二）拓宽离田利用渠道', '　　鼓励将秸秆用作饲料、食用菌基', '料和生物质燃料，做到应收尽收。'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 为切实改善空气质量，保障人民群众身体健康和交通安全，根据有关规定，现就我市秋冬季秸秆禁烧有关事项通告如下：',
      'heading: 一、禁烧时间和区域',
      'body: 禁烧时间为2028年10月20日至2029年1月31日。全市行政区域内禁止露天焚烧秸秆等产生烟尘的物质。',
      'heading: 二、综合利用措施',
      'heading: （一）推进秸秆还田',
      'body: 各镇街道要组织农机作业服务组织，推广机械化粉碎还田，对实施秸秆还田的种植户按规定给予补助。',
      'heading: （二）拓宽离田利用渠道',
      'body: 鼓励将秸秆用作饲料、食用菌基料和生物质燃料，做到应收尽收。',
    ]);
  });
  it('leaves alone: an item ending on a mark under the head, and a numbered line filling its column', () => {
    const a = [...NOTICE, '二、综合利用措施', '（一）推进秸秆还田；', '　　各镇街道要组织农机作业服务组', '织，推广机械化粉碎还田。'];
    expect(blocks(a.join('\n'))).not.toContain('heading: （一）推进秸秆还田；');
    const b = [...NOTICE, '二、综合利用措施', '（一）各镇街道要组织农机作业服务', '　　组织，推广机械化粉碎还田。'];
    expect(blocks(b.join('\n')).filter((x) => x.startsWith('heading: （一）'))).toEqual([]);
  });
});
