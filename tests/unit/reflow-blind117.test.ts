// The rule the blind117 round added. lib/reflow/title-mark.ts (asked in join-rule.ts beside the cut credit bracket): a
// print line ending inside a 《…》 name it opened, the next line closing it (`同时，要落实《浙江省地` / `方金融条例》，…`),
// goes on, whatever its width and whether a column's end (an empty line) stands between them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { titleMarkGoesOn } from '../../lib/reflow/title-mark';

describe('a 《…》 name cut by a line or a column (titleMarkGoesOn)', () => {
  it('changes: a line ending inside an open 《 over a line closing it', () => {
    expect(titleMarkGoesOn('同时，要落实《浙江省地', '方金融条例》，守住不发生系')).toBe(true);
    expect(titleMarkGoesOn('近日，《湖州市深化“千', '万工程”建设方案》印发')).toBe(true);
    expect(titleMarkGoesOn('按照《条例》和《浙江省', '优化营商环境条例》要求')).toBe(true);
  });
  it('leaves alone: a closed name, no closing mark ahead, another name opened first, a closing mark far on', () => {
    expect(titleMarkGoesOn('要落实《浙江省地方金融条例》。', '方案还明确，')).toBe(false);
    expect(titleMarkGoesOn('同时，要落实《浙江省地', '方金融条例，守住底线。')).toBe(false);
    expect(titleMarkGoesOn('同时，要落实《浙江省地', '《方案》提出，')).toBe(false);
    expect(titleMarkGoesOn('本报讯　记者从省经信厅获悉，', '《若干措施》近日出台')).toBe(false);
    expect(titleMarkGoesOn('书名号《', `${'字'.repeat(41)}》`)).toBe(false);
  });
  // Pre-wrap print lines thirteen wide, paragraphs indented, an empty line where a column ended and around each heading
  // (the pre-wrap indented shape): the indented line at the column's end fills it but reads as short of it.
  const page = (cut: string, next: string): string => ['　　中央经济工作会议提出，', '做好科技金融、绿色金融、普', '惠金融、养老金融、数字金融', '“五篇大文章”。这为新时代金',
    '融工作指明了方向，也为地方', '金融服务实体经济提供了遵循。', '', '把握“五篇大文章”的内在逻辑', '', '　　“五篇大文章”各有侧重、', '相互联系。一是科技金融重在',
    '“投早、投小、投长期、投硬', '科技”；二是绿色金融重在支', '持经济社会发展全面绿色转型；', '', '三是普惠金融、养老金融、数', '字金融重在提升金融服务的覆', '盖面和可得性。', '',
    '以金融之力服务实体经济', '', '　　衢州是民营经济大市，中', '小微企业融资需求旺盛。要用', '', '好“浙里金融”综合服务平台，', '深化“贷款码”“连续贷＋灵活',
    '贷”等普惠金融服务，推动“首', '贷户”拓展，让金融活水精准', '滴灌到实体经济的“毛细血管”。', cut, '', next, '统性金融风险的底线。', '', '（作者单位：中共衢州市委党校）'].join('\n');
  const tail = (text: string): string[] => reflowText(text).slice(-2).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  it('joins the name across the column end', () => {
    expect(tail(page('　　同时，要落实《浙江省地', '方金融条例》，守住不发生系'))).toEqual([
      'body: 同时，要落实《浙江省地方金融条例》，守住不发生系统性金融风险的底线。',
      'byline: （作者单位：中共衢州市委党校）',
    ]);
  });
  it('still ends the paragraph at a short line whose name is closed, or whose next line closes none', () => {
    expect(reflowText(page('　　同时，要落实《条例》。', '方金融条例，守住不发生系')).map((b) => b.text)).toContain('同时，要落实《条例》。');
    expect(reflowText(page('　　同时，要落实《浙江省地', '方金融条例，守住不发生系')).map((b) => b.text)).toContain('同时，要落实《浙江省地');
  });
});
