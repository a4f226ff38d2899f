// The blind140 set's second round. lib/reflow/cell-rows.ts (cellRowsApart, asked in join-rule.ts before the plain
// continuation; headOverCellRows, asked in segment.ts for a heading): a service box's rows printed as lines with no break
// between them — cells parted by full-width spaces, no sentence, clause or colon mark — with a short plain head over them.
// A row ends where the next line's first cell would still have fitted in the column the page's prose fills, or where a
// telephone number or a share ends it before words; there a head, the next row or the list's end opens anew, and the
// head over the rows is a heading of its own.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isCellRow } from '../../lib/reflow/cell-rows';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a box row of cells (isCellRow)', () => {
  it('reads a row of a service box: a telephone, a figure, a day and a doctor', () => {
    expect(isCellRow('供电服务　95598')).toBe(true);
    expect(isCellRow('进出口总值　2160.4亿元')).toBe(true);
    expect(isCellRow('周三全天　吴晓芳　副主任医师')).toBe(true);
    expect(isCellRow('周六、周日上午　专家门诊')).toBe(true);
  });
  it('reads no prose, byline, quiz options, figure item or 名单 row as one', () => {
    expect(isCellRow('工程管理岗　2名　土木工程类专业，')).toBe(false);
    expect(isCellRow('项目策划岗　2名　城乡规划、建筑学')).toBe(false);
    expect(isCellRow('记者　韩　露　通讯员　邵佳宁')).toBe(false);
    expect(isCellRow('A.12月1日　B.12月4日　C.12')).toBe(false);
    expect(isCellRow('18.6%　同比增幅')).toBe(false);
    expect(isCellRow('丁建明　王晓峰　刘　勇　沈国华')).toBe(false);
    expect(isCellRow('朱建林家庭　沈美华家庭')).toBe(false);
    expect(isCellRow('王　军　宁围街道新华村')).toBe(false);
    expect(isCellRow('孔德明　河上镇东山村')).toBe(false);
    expect(isCellRow('王　磊（湖州市公交集团）')).toBe(false);
  });
});

describe('a service box\'s heads and rows in print lines (cellRowsApart, headOverCellRows)', () => {
  it('changes: a 便民电话 box thirteen wide, plain, its group heads over telephone rows', () => {
    const page = ['入冬后，水管冻裂、燃气泄漏', '等情况时有发生。本报整理了', '常用便民服务电话，方便市民', '遇事及时求助。', '公用事业', '供电服务　95598', '燃气抢修　0576-88201119', '交通出行', '铁路客服　12306', '公交服务　0576-88888111'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 入冬后，水管冻裂、燃气泄漏等情况时有发生。本报整理了常用便民服务电话，方便市民遇事及时求助。',
      'heading: 公用事业',
      'body: 供电服务　95598',
      'body: 燃气抢修　0576-88201119',
      'heading: 交通出行',
      'body: 铁路客服　12306',
      'body: 公交服务　0576-88888111',
    ]);
  });
  it('changes: the bracketed credit after the last telephone row is no part of it', () => {
    const page = ['入冬后，水管冻裂、燃气泄漏', '等情况时有发生。本报整理了', '常用便民服务电话，方便市民', '遇事及时求助。', '政务服务', '市民热线　12345', '医保咨询　0576-88689123', '（记者　王　婷　整理）'];
    const out = blocks(page.join('\n'));
    expect(out.slice(-2).map((b) => b.replace(/^\w+: /u, ''))).toEqual(['医保咨询　0576-88689123', '（记者　王　婷　整理）']);
  });
  it('changes: a 数据 box sixteen wide on an indenting page, its head after a finished sentence and its last row before the source', () => {
    const page = ['　　记者从温州海关获悉，今年前10', '个月，我市货物贸易进出口总值稳步', '增长，增速高于全省平均水平，电动', '载人汽车等产品出口增长明显。', '数据看台', '进出口总值　2160.4亿元', '出口　1745.2亿元　增长10.8%', '民营企业进出口　占比88.7%', '数据来源：温州海关'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 记者从温州海关获悉，今年前10个月，我市货物贸易进出口总值稳步增长，增速高于全省平均水平，电动载人汽车等产品出口增长明显。',
      'heading: 数据看台',
      'body: 进出口总值　2160.4亿元',
      'body: 出口　1745.2亿元　增长10.8%',
      'body: 民营企业进出口　占比88.7%',
      'body: 数据来源：温州海关',
    ]);
  });
  it('leaves alone: a row the line end cut between its cells (the next cell would not have fitted), its rest no head', () => {
    const page = ['为方便患者就医，医院公布', '下周专家门诊安排如下：', '周一上午　张建华', '主任医师', '周三下午　李晓敏', '副主任医师'];
    const out = blocks(page.join('\n'));
    expect(out).not.toContain('heading: 主任医师');
    expect(out.some((b) => b.includes('周一上午　张建华主任医师'))).toBe(true);
  });
  it('leaves alone: a row whose figure the line end cut before its unit, and a row of names, joined as before', () => {
    const page = ['前三季度，全区居民收入保持稳', '步增长，城乡差距进一步缩小。', '全体居民人均收入　63218', '元　增长5.8%'];
    expect(blocks(page.join('\n')).some((b) => b.includes('63218元'))).toBe(true);
  });
});
