// The rules the blind113 round added.
// 1. lib/reflow/notice-lines.ts `PHONE_ROW` (asked through `isFieldLine` wherever a row of a notice or a service box is
//    told from a headline): a row naming whom a number reaches takes a name of up to ten ideographs
//    (`市劳动保障监察大队：0579-85521880`) and a public service's short number (`义乌火车站问询：12306`, `海上搜救中心：12395`),
//    so that such a row is no headline and a bold group label after one is the next group's head.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import { isFieldLine } from '../../lib/reflow/notice-lines';
import type { SourceLine } from '../../lib/reflow/types';

const L = (text: string, more: Partial<SourceLine> = {}): SourceLine => ({ text, gap: 1, indent: false, ...more });
const blocks = (ls: SourceLine[]): string[] => reflowLines(ls).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a phone row with a long name or a service\'s short number (isFieldLine)', () => {
  it('changes: names of nine or ten ideographs before a whole number; a short service number after any name', () => {
    expect(isFieldLine('市劳动保障监察大队：0579-85521880')).toBe(true);
    expect(isFieldLine('区人力社保局仲裁院：0571-82345678')).toBe(true);
    expect(isFieldLine('义乌火车站问询：12306')).toBe(true);
    expect(isFieldLine('海上搜救中心：12395')).toBe(true);
    expect(isFieldLine('交通事故报警：122')).toBe(true);
  });
  it('leaves alone: a year, a count, words after the number, a name of eleven ideographs, a headline with a colon', () => {
    expect(isFieldLine('开局之年：2028')).toBe(false);
    expect(isFieldLine('全市新增岗位：3800')).toBe(false);
    expect(isFieldLine('义乌火车站问询：12306转2')).toBe(false);
    expect(isFieldLine('市人力资源和社会保障局：0579-85521880')).toBe(false);
    expect(isFieldLine('民生热线：路灯修好了')).toBe(false);
    expect(isFieldLine('遵义：茶园管护进入关键期')).toBe(false);
  });
});

describe('a 便民 phone list of bold group labels over rows, one <p> each', () => {
  const page = (longName: string, shortRow: string): SourceLine[] => [
    L('春节临近，本报整理了部分常用便民服务电话，供读者查询。', { indent: true }),
    L('政务服务', { bold: true }), L('政务服务热线：12345'), L(longName),
    L('水电燃气', { bold: true }), L('供电服务热线：95598'), L('燃气抢修热线：0579-85231119'),
    L('交通出行', { bold: true }), L(shortRow), L('公交服务热线：0579-85329999'),
  ];
  it('gives each label as a heading and each row as body', () => {
    expect(blocks(page('市劳动保障监察大队：0579-85521880', '义乌火车站问询：12306'))).toEqual([
      'body: 春节临近，本报整理了部分常用便民服务电话，供读者查询。',
      'heading: 政务服务', 'body: 政务服务热线：12345', 'body: 市劳动保障监察大队：0579-85521880',
      'heading: 水电燃气', 'body: 供电服务热线：95598', 'body: 燃气抢修热线：0579-85231119',
      'heading: 交通出行', 'body: 义乌火车站问询：12306', 'body: 公交服务热线：0579-85329999',
    ]);
  });
  it('still makes a headline of a bold line with no row before it, and of a line with a colon that is no row', () => {
    expect(blocks(page('市行政服务中心：0579-85522000', '义乌火车站问询：12306'))).toContain('heading: 水电燃气');
    expect(reflowText('开局之年：2028\n\n全市上下铆足干劲，奋力实现一季度“开门红”。各地重大项目集中开工，投资规模创下新高。')[0]).toEqual({ kind: 'heading', text: '开局之年：2028' });
  });
});
