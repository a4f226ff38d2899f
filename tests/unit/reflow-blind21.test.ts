// Rules from what the blind21 pages showed (tests/fixtures/pages/blind21-*, npm run score:blind): a hyphen print adds
// where a column cuts an English word (`Ti-` / `kTok`) goes when the lines are joined, a word's own hyphen stays; a
// speech's speaker above it (`县长 张立新`) is a byline, not a headline; and a credit that is an element of its own
// between breaks before a new paragraph (`数据来源：县统计局` under a table's rows) is a byline, not the last row's
// tail. Text written for these tests in the shape of the blind21 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';
import { isRowLine } from '../../lib/reflow/set-apart';

const texts = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);
const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a hyphen at a print line\'s end inside an English word', () => {
  it('goes where print added it (two letters or more before it, a small letter after it)', () => {
    const lines = ['　　园区里的企业正通过Amazon和Ti-', 'kTok Shop两个平台接单，店铺首页', '打出了“Made in Jian-', 'gshan”的口号。'];
    expect(texts(lines.join('\n'))).toEqual(['园区里的企业正通过Amazon和TikTok Shop两个平台接单，店铺首页打出了“Made in Jiangshan”的口号。']);
  });

  it('stays where it is the word\'s own: before a capital or a figure, after one letter, in a word with another hyphen', () => {
    const lines = ['　　车间里的5G信号和工业Wi-', 'Fi全覆盖，10G-', 'PON网络接入园区，e-', 'commerce和state-of-', 'the-art设备都用上了。'];
    expect(texts(lines.join('\n'))).toEqual(['车间里的5G信号和工业Wi-Fi全覆盖，10G-PON网络接入园区，e-commerce和state-of-the-art设备都用上了。']);
  });
});

describe('a speech\'s speaker', () => {
  it('is a byline: an office and a personal name after a space', () => {
    expect(isRoleByline('县长 张立新')).toBe(true);
    expect(isRoleByline('市委书记　王建平')).toBe(true);
    const text = ['县长 张立新', '', '同志们：', '', '　　今天召开全县冬春农田水利建设动员会，主要任务是部署今冬明春农田水利建设。'].join('\n');
    expect(kinds(text)[0]).toBe('byline: 县长 张立新');
  });

  it('is not read into an office without a name, a column\'s label or a sentence', () => {
    expect(isRoleByline('县长 接待日')).toBe(false);
    expect(isRoleByline('县长信箱')).toBe(false);
    expect(isRoleByline('张立新县长说，水利建设不能放松。')).toBe(false);
  });
});

describe('a credit between breaks', () => {
  const rows = ['　　品种 产量（吨） 同比增长（%）', '　　粮食 86420 2.1', '　　水果 48720 -1.2'];
  const after = '　　县农业农村局相关负责人表示，明年将加快推广设施栽培。';
  it('is a byline under a table\'s last row, before a new paragraph', () => {
    expect(kinds([...rows, '', '数据来源：县统计局', '', after].join('\n')).slice(-2)).toEqual(['byline: 数据来源：县统计局', `body: ${after.trim()}`]);
  });

  it('is no byline between the halves of a paragraph a column cut (a picture\'s credit printed there)', () => {
    const text = ['　　今年6月，社区对这块地进行了平整，划分出48块小菜地，认领的居民只需参加志愿服务，就能用', '', '图片来源：平湖发布', '', '积分兑换一季的种植权。', '', after].join('\n');
    expect(kinds(text).filter((k) => k.startsWith('byline'))).toEqual([]);
  });
});

describe('a table\'s rows with cells parted by single spaces', () => {
  const head = '名次 代表队 胜 负 积分';
  const rows = ['1 沈家门街道 5 0 10', '2 东港街道 4 1 9', '3 朱家尖街道 2 3 7'];
  const para = '　　据了解，本届区运会共设14个大项，将持续至明年4月，参赛运动员超过3000人次。';
  it('are rows, not headings, each a line of its own, the head too, after blank lines or none', () => {
    const want = [head, ...rows, para.trim()];
    expect(texts([head, ...rows, para].join('\n'))).toEqual(want);
    const blank = kinds([head, ...rows, para].join('\n\n'));
    expect(blank).toEqual(want.map((t) => `body: ${t}`));
  });

  it('leave a short headline before a paragraph a headline: only a row of as many cells makes a line a table\'s head', () => {
    expect(kinds(['男子篮球 最终排名 揭晓', '', para].join('\n'))[0]).toBe('heading: 男子篮球 最终排名 揭晓');
  });

  it('need a figure alone at a row\'s start or end: a row cut inside a cell goes on, a byline or a phrase is no row', () => {
    const cut = ['　　2024-LX-032 9870 零售商', '业用地 8320', '　　2024-LX-033 6500 住宅用地 9100'];
    expect(texts(cut.join('\n'))).toEqual(['2024-LX-032 9870 零售商业用地 8320', '2024-LX-033 6500 住宅用地 9100']);
    expect(isRowLine('记者 郎晴 通讯员 胡晓燕')).toBe(false);
    expect(isRowLine('2025年 全县 GDP增长')).toBe(false);
    expect(isRowLine('粮食 86420 2.1')).toBe(true);
  });
});

describe('a turn labelled Q： or A：', () => {
  it('is no headline where a column cut its first line off', () => {
    const text = ['Q：什么是家庭共济？', '', 'A：家庭共济是指参保职工个', '', '人账户的钱，可以给配偶、父母等近亲属使用。', '', 'Q：怎么办理绑定？'].join('\n');
    expect(texts(text)).toEqual(['Q：什么是家庭共济？', 'A：家庭共济是指参保职工个人账户的钱，可以给配偶、父母等近亲属使用。', 'Q：怎么办理绑定？']);
  });

  it('leaves a headline that opens with the letters and no colon a headline', () => {
    const para = '　　本周沪深两市成交额连续五个交易日超过一万亿元，科技板块领涨，市场人气明显回升。';
    expect(kinds(['A股市场人气回升', '', para].join('\n'))[0]).toBe('heading: A股市场人气回升');
  });
});
