// Rules from what the blind28 pages showed (tests/fixtures/pages/blind28-*, npm run score:blind -- --set blind28): a
// byline whose medium is a paper and its app parted by a slash (`青岛日报/观海新闻记者 X`) is a byline, not a headline;
// a print line that opens a sentence with the reporter or a source (`记者从国家林业和草原局`) and ends on an organisation's
// name is no notice's signature, so a column cut after it leaves the sentence whole. With the text the rules must leave alone. Text written for these tests in the shape of the blind28 pages, not
// copied from them.
import { describe, expect, it } from 'vitest';
import { isRoleByline } from '../../lib/reflow/classify';
import { isSignatureLine } from '../../lib/reflow/notice-lines';
import { reflowText } from '../../lib/reflow';
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

describe('a sentence opening with the reporter or a source, cut after an organisation\'s name', () => {
  const before = ['在北京市大兴区，数百名志', '愿者栽下树苗2000余株。'];
  const after = ['了解到，今年全国计划完', '成造林任务6000万亩。'];
  it('is no signature', () => {
    for (const t of ['记者从国家林业和草原局', '记者在县市场监督管理局', '据国家统计局']) expect(isSignatureLine(t)).toBe(false);
  });

  it('goes on after the empty line where a column ended (pre-wrap text without indentation)', () => {
    const text = [...before, '记者从国家林业和草原局', '', ...after].join('\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([before.join(''), `记者从国家林业和草原局${after.join('')}`]);
  });

  it('leaves an organisation\'s name alone on its line a signature', () => {
    for (const t of ['国家林业和草原局', '桐乡市医疗保障局', '中国记者协会', '经济开发区管委会']) expect(isSignatureLine(t)).toBe(true);
  });
});
