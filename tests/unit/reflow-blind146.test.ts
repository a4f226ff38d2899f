// The rule the blind146 round added. lib/reflow/notice-parts.ts (labelRowAcrossBreak, asked with the document rows before
// the boundary scorer): a labelled row ending in a semicolon (`线上：…办理；`), an empty line after it and a line opening
// with a label under that (`线下：…`), is a row of its own; a row the line end cut, or one with no empty line after it,
// goes on as before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

const INTRO = ['　　市民卡可以绑定家人的医保账', '户了。哪些人能绑、怎么绑？一', '起来看。', ''];

describe('a labelled row ending in a semicolon before an empty line and the next label (labelRowAcrossBreak)', () => {
  it('changes: 网上：…； / (empty line) / 窗口：…。, each row cut over two print lines', () => {
    const page = [...INTRO, '网上：打开“浙里办”APP搜索“亲', '情账户”办理；', '', '窗口：到就近的社保服务网点', '办理。', '', '咨询电话：0571-12333'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 市民卡可以绑定家人的医保账户了。哪些人能绑、怎么绑？一起来看。',
      'body: 网上：打开“浙里办”APP搜索“亲情账户”办理；',
      'body: 窗口：到就近的社保服务网点办理。',
      'body: 咨询电话：0571-12333',
    ]);
  });
  it('changes: 对象：…，…； / (empty line) / 材料：…。, the first row holding a comma', () => {
    const page = [...INTRO, '对象：本人的配偶、父母和子女，', '须为本市参保人员；', '', '材料：身份证和户口簿，也可提', '供亲属关系证明。'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 市民卡可以绑定家人的医保账户了。哪些人能绑、怎么绑？一起来看。',
      'body: 对象：本人的配偶、父母和子女，须为本市参保人员；',
      'body: 材料：身份证和户口簿，也可提供亲属关系证明。',
    ]);
  });
  it('leaves alone: the same rows with no empty line between them (the line end, not the page, parts them)', () => {
    const page = [...INTRO, '网上：打开“浙里办”APP搜索“亲', '情账户”办理；', '窗口：到就近的社保服务网点', '办理。'];
    expect(blocks(page.join('\n'))).not.toContain('body: 网上：打开“浙里办”APP搜索“亲情账户”办理；');
  });
  it('leaves alone: a sentence with a semicolon, no label first, before an empty line and a labelled line', () => {
    const page = [...INTRO, '　　今年以来，全市新增绑定家庭', '账户12万户，共济金额达3亿元；', '', '其中：为老人支付的费用占六成。'];
    expect(blocks(page.join('\n'))).not.toContain('body: 今年以来，全市新增绑定家庭账户12万户，共济金额达3亿元；');
  });
  it('leaves alone: a label row ending in a semicolon before an empty line and a line with no label', () => {
    const page = [...INTRO, '网上：打开“浙里办”APP搜索“亲', '情账户”办理；', '', '也可以到就近的社保服务网点', '办理。'];
    expect(blocks(page.join('\n'))).not.toContain('body: 网上：打开“浙里办”APP搜索“亲情账户”办理；');
  });
});
