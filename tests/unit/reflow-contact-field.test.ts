// A notice's contact field named by the service it reaches (`咨询电话：`, `供水服务热线：`) opens a
// paragraph of its own in plain pre-wrap text, like `联系电话：`, also where the sentence before it
// ends on a full print line; a service line with only its number (`供电服务热线：95598`) is a field,
// not a headline. Left alone: a sentence that speaks of a hotline (`服务热线开通以来，…`,
// no colon) after a sentence end on a full line inside a paragraph stays joined to it. Text written
// for these tests in the shape of a county paper's water-cut notice.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { NEW_PARAGRAPH } from '../../lib/reflow/openings';
import { isHeadingCandidate } from '../../lib/reflow/classify';
import { isFieldLine } from '../../lib/reflow/notice-lines';
import { printBlocks } from '../helpers/print-shapes';

const NOTICE: Block[] = [
  { kind: 'heading', text: '停水通知' },
  { kind: 'body', text: '因管网改造施工，12月20日8时至18时，城南片区将暂停供水，请用户提前储水。停水期间，公司将在城南菜场、城南小学门口设置临时供水点。' },
  { kind: 'body', text: '今年以来，公司开通了24小时供水服务热线。服务热线开通以来，共受理群众来电3200余个，办结率达到99%。' },
  { kind: 'body', text: '供水服务热线：0575-87021234' },
];
const BODIES = NOTICE.filter((b) => b.kind === 'body').map((b) => b.text);

/** The print line before the one opening with `next` fills the column (`width`, a hanging mark aside). */
const fullLineBefore = (text: string, width: number, next: string): boolean =>
  text.split('\n').some((l, i, ls) => ls[i + 1]?.startsWith(next) === true && [...l].length >= width - 1);

describe("a notice's contact field in plain pre-wrap text", () => {
  it('opens a paragraph after a sentence end on a full line (12 wide)', () => {
    const text = printBlocks(NOTICE, 'prewrap-plain', 12, 16);
    expect(fullLineBefore(text, 12, '供水服务热线：')).toBe(true);
    expect(reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text)).toEqual(BODIES);
  });

  it('leaves a sentence about a hotline joined inside its paragraph (10 wide)', () => {
    const text = printBlocks(NOTICE, 'prewrap-plain', 10, 16);
    expect(fullLineBefore(text, 10, '服务热线开通以来')).toBe(true);
    expect(fullLineBefore(text, 10, '供水服务热线：')).toBe(true);
    expect(reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text)).toEqual(BODIES);
  });

  it('takes a labelled field, not a sentence about the line, for an opening', () => {
    for (const t of ['咨询电话：0573-87238512', '供电服务热线：95598', '举报电话：12345']) expect(NEW_PARAGRAPH.test(t)).toBe(true);
    for (const t of ['服务热线开通以来，共受理来电3200余个。', '热线电话24小时有人值守。']) expect(NEW_PARAGRAPH.test(t)).toBe(false);
  });

  it('reads a service line with its number as a field, never a headline; a sentence or a headline stays what it is', () => {
    for (const t of ['供电服务热线：95598', '报名电话：0573-87238512', '值班电话：0575-87021234、87021235']) {
      expect(isFieldLine(t)).toBe(true);
      expect(isHeadingCandidate(t)).toBe(false);
    }
    // A sentence about the line, and a headline's wordplay, are no fields.
    expect(isFieldLine('供水服务热线：0579-87112345。')).toBe(false);
    expect(isFieldLine('民生热线：小区路灯修好了')).toBe(false);
    expect(isHeadingCandidate('民生热线：小区路灯修好了')).toBe(true);
  });
});
