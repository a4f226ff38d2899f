// The rules the blind141 set's second round added. lib/reflow/part-head-words.ts (asked in numbered-heads.ts and
// document-lines.ts): a notice's numbered part head may end on a date's bracketed weekday (`一、10月24日（星期二）`), and on a
// page with no indentation it stands apart over a labelled row however short that row is (`停电时间：7:30—16:30`).
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
