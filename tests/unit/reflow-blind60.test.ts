// The rule the blind60 round added. lib/reflow/document-lines.ts: the date under a notice's signer ends its paragraph
// before whatever follows (a draft's title, a 名单's title).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { signedDateEnds } from '../../lib/reflow/document-lines';

describe('the date under a notice\'s signer ends its paragraph (signedDateEnds)', () => {
  it('changes: a date alone under an organisation, before a title or a note', () => {
    expect(signedDateEnds('杭州市萧山区住房和城乡建设局', 1, '2026年1月7日', '萧山区既有住宅加装电梯实施办法（征求意见稿）')).toBe(true);
    expect(signedDateEnds('　　　　　乐清市人民代表大会常务委员会', 1, '　　　　　　　　2026年1月12日', '乐清市选出的温州市第十五届人民代表大会代表名单')).toBe(true);
  });
  it('leaves alone: a date that opens a sentence, a date not under a signer, a paragraph longer than the date', () => {
    expect(signedDateEnds('湖州市人民政府', 1, '2026年1月7日', '起，全市中心城区禁止燃放烟花爆竹。')).toBe(false);
    expect(signedDateEnds('湖州市人民政府', 1, '2026年1月7日', '至2月6日，公众可提出意见。')).toBe(false);
    expect(signedDateEnds('会议决定，本办法自', 1, '2026年3月1日', '萧山区既有住宅加装电梯实施办法')).toBe(false);
    expect(signedDateEnds(undefined, 1, '2026年3月1日', '萧山区既有住宅加装电梯实施办法')).toBe(false);
    expect(signedDateEnds('湖州市人民政府', 2, '2026年1月7日', '萧山区既有住宅加装电梯实施办法')).toBe(false);
    expect(signedDateEnds('湖州市人民政府', 1, '1月7日上午，', '市政府召开常务会议')).toBe(false);
  });
  it('parts the signer\'s date from the draft printed under it, in <br> print lines indented fourteen wide', () => {
    const text = [
      '　　为进一步规范既有住宅加装电梯',
      '工作，区住房和城乡建设局起草了',
      '《萧山区既有住宅加装电梯实施办',
      '法》，现向社会公开征求意见：',
      '　　1.电子邮件：xsjsj@xiaoshan.gov.cn；',
      '　　2.信函：萧山区市心中路818号区',
      '住房和城乡建设局（邮编311200）。',
      '杭州市萧山区住房和城乡建设局',
      '2026年1月7日',
      '萧山区既有住宅加装电梯实施办法（征求意见稿）',
      '　　第一条　为了改善既有住宅居住',
      '条件，方便居民生活，结合本区实',
      '际，制定本办法。',
    ].join('\n');
    expect(reflowText(text).map((b) => b.text).slice(3)).toEqual([
      '杭州市萧山区住房和城乡建设局', '2026年1月7日', '萧山区既有住宅加装电梯实施办法（征求意见稿）', '第一条　为了改善既有住宅居住条件，方便居民生活，结合本区实际，制定本办法。',
    ]);
  });
});
