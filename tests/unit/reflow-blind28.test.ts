// Rules from what the blind28 pages showed (tests/fixtures/pages/blind28-*, npm run score:blind -- --set blind28): a
// byline whose medium is a paper and its app parted by a slash (`青岛日报/观海新闻记者 X`) is a byline, not a headline.
// With the text the rules must leave alone. Text written for these tests in the shape of the blind28 pages, not
// copied from them.
import { describe, expect, it } from 'vitest';
import { isRoleByline } from '../../lib/reflow/classify';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);

describe('a byline whose medium is a paper and its app parted by a slash', () => {
  it('is a byline', () => {
    for (const t of ['青岛日报/观海新闻记者 孙文静', '大众日报／大众新闻记者 王 磊', '青岛日报/观海新闻记者 孙文静 通讯员 李 强', '济南日报/爱济南客户端记者 张 帆']) {
      expect(isRoleByline(t)).toBe(true);
    }
  });

  it('is a byline as the first print line of a page, not a headline', () => {
    const html = ['青岛日报/观海新闻记者 孙文静', '', '　　距离开海还有近两个月，渔港码头', '已经忙碌起来。'].join('<br>');
    expect(fromHtml(html)).toEqual(['byline: 青岛日报/观海新闻记者 孙文静', 'body: 距离开海还有近两个月，渔港码头已经忙碌起来。']);
  });

  it('leaves a slash between two things that are no medium alone', () => {
    for (const t of ['文/图', '上海/杭州记者站成立', '春季/秋季记者招聘启事', '青岛日报/观海新闻联合推出']) {
      expect(isRoleByline(t)).toBe(false);
    }
  });
});
