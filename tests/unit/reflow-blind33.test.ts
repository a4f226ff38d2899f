// Rules from what the blind33 pages showed (tests/fixtures/pages/blind33-*, npm run score:blind -- --set blind33): a
// notice or list signed by a party committee's department or a mass organisation (`中共盐城市委组织部`, `余杭区总工会`,
// `浙江省妇女联合会`) is signed, not headed, by it; a 名单 row of a person and their unit (`王建国　江苏悦达起亚汽车有限公司`)
// ends before the next such row; and a portal's labelled link line (`相关文件：《…》` whose text after the
// label is all link text) is left out of the article. With the lines the rules must leave alone. Text written for these
// tests in the shape of the blind33 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../lib/extract';
import { reflowText } from '../../lib/reflow';
import { isNameUnitRow, opensNameUnitRow } from '../../lib/reflow/name-rows';
import { isSignatureLine } from '../../lib/reflow/notice-lines';
import { parseHtml } from '../../scripts/lib/html';

describe('a signature of a party department or a mass organisation', () => {
  it('is a signature line', () => {
    expect(isSignatureLine('中共盐城市委组织部')).toBe(true);
    expect(isSignatureLine('中共温州市委宣传部')).toBe(true);
    expect(isSignatureLine('中共嘉兴市委统战部')).toBe(true);
    expect(isSignatureLine('余杭区总工会')).toBe(true);
    expect(isSignatureLine('浙江省妇女联合会')).toBe(true);
  });

  it('as before, a bureau, an office and a company sign; a heading or sentence does not', () => {
    expect(isSignatureLine('临平区市场监督管理局')).toBe(true);
    expect(isSignatureLine('走进西部')).toBe(false);
    expect(isSignatureLine('社区里的篮球俱乐部')).toBe(false);
    expect(isSignatureLine('记者从市委宣传部')).toBe(false);
    expect(isSignatureLine('会议听取了市总工会')).toBe(false);
    expect(isSignatureLine('组织部署到位')).toBe(false);
    expect(isSignatureLine('工会')).toBe(false);
  });

  it('is body text under a list, not a headline', () => {
    const text = [
      '　　经评审和公示，决定授予以下同志“金牌职工”称号。名单如下：',
      '　　王建国　市第一人民医院',
      '　　李　娜　国网供电公司',
      '　　希望受表彰的同志珍惜荣誉、再接再厉。',
      '中共湖州市委组织部',
      '湖州市总工会',
      '2026年5月19日',
    ].join('\n\n');
    const blocks = reflowText(text, { punctuation: false });
    expect(blocks.find((b) => b.text === '中共湖州市委组织部')?.kind).toBe('body');
    expect(blocks.find((b) => b.text === '湖州市总工会')?.kind).toBe('body');
    expect(blocks.some((b) => b.kind === 'heading')).toBe(false);
  });

  it('leaves a short subheading naming no organisation a headline', () => {
    const text = ['　　今年以来，全市新增就业岗位1.2万个。', '', '走进西部', '', '　　在西部山区，一批新产业正在兴起。'].join('\n');
    expect(reflowText(text, { punctuation: false }).find((b) => b.text === '走进西部')?.kind).toBe('heading');
  });
});

describe('a portal line of a label and links', () => {
  const first = (html: string): Element => parseHtml(`<html><body>${html}</body></html>`, 'https://localhost/').body.firstElementChild as Element;

  it.each([
    '<p>相关文件：<a href="/a.html">《义乌市支持青年人才安居的若干措施》</a></p>',
    '<p>相关链接：<a href="/b.html">湖州启动城市更新行动</a></p>',
    '<p>延伸阅读：<a href="/c.html">乐清制造业转型的三个关键词</a> <a href="/d.html">柳市镇新增5家专精特新企业</a></p>',
    '<p style="text-indent:2em">政策原文：<a href="/e.html">关于调整部分窗口服务时间的通告</a></p>',
  ])('is left out: %s', (html) => {
    expect(isBoilerplate(first(html))).toBe(true);
  });

  it.each([
    // a print box whose text after the label is no link
    '<p>相关链接：今年起，全省高标准农田建设亩均投入标准提高到3000元。</p>',
    // a link inside a sentence after the label
    '<p>相关文件：市里出台了<a href="/a.html">《支持青年人才安居的若干措施》</a>，明确了补贴标准。</p>',
    // a label alone
    '<p>相关文件：</p>',
    // no such label
    '<p>文件明确：<a href="/a.html">《若干措施》</a></p>',
  ])('stays: %s', (html) => {
    expect(isBoilerplate(first(html))).toBe(false);
  });
});

describe('a 名单 row of a person and their unit', () => {
  it('is read as one, a two-character name padded or not', () => {
    expect(isNameUnitRow('王建国　江苏悦达起亚汽车有限公司')).toBe(true);
    expect(isNameUnitRow('李　娜　盐城市第一人民医院')).toBe(true);
    expect(isNameUnitRow('孙丽华　射阳县特庸镇卫生院')).toBe(true);
    expect(isNameUnitRow('吴晓东　东台市农业技术推广中心')).toBe(true);
    expect(opensNameUnitRow('李　娜　盐城市第一人')).toBe(true);
  });

  it('is no row where the first word is no surnamed name or the rest no unit', () => {
    expect(isNameUnitRow('今年　江苏悦达起亚汽车有限公司')).toBe(false);
    expect(isNameUnitRow('王建国　江苏悦达起亚汽车')).toBe(false);
    expect(isNameUnitRow('王建国江苏悦达起亚汽车有限公司')).toBe(false);
    expect(isNameUnitRow('王建国　在盐城市第一人民医院工作了三十年，')).toBe(false);
    expect(opensNameUnitRow('今年　全市新增')).toBe(false);
    expect(opensNameUnitRow('王建国说，')).toBe(false);
  });

  const rows = ['王建国　江苏悦达起亚汽车有限公司', '李　娜　盐城市第一人民医院', '陈志明　国网盐城供电公司', '赵海燕　江苏双良新能源装备有限公司'];
  it('ends before the next such row and before a sentence, one element each', () => {
    const text = ['授予以下同志“盐城工匠”称号。名单公布如下：', ...rows, '希望受表彰的同志珍惜荣誉、再接再厉。'].join('\n\n');
    const out = reflowText(text, { punctuation: false }).map((b) => b.text);
    for (const r of rows) expect(out).toContain(r);
  });

  it('leaves an element that goes on from a row cut by a column joined to it', () => {
    const text = ['　　名单公布如下：', '王建国　江苏悦达起亚', '汽车有限公司', '李　娜　盐城市第一人民医院'].join('\n\n');
    const out = reflowText(text, { punctuation: false }).map((b) => b.text.replace(/\s/gu, ''));
    expect(out).not.toContain('汽车有限公司');
  });
});
