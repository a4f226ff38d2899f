// A sentence's print line that ends on an organisation's name (`会议听取了县发展改革局`), cut there by a
// column (tests/fixtures/corpus/dev5/ re-printed showed it): it read as a notice's signature, and the
// paragraph was split. No organisation's name holds a `了`. Text written for these tests in the shape
// of a county paper's meeting report.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { isSignatureLine } from '../../lib/reflow/notice-lines';
import { printBlocks, type PrintShape } from '../helpers/print-shapes';

const REPORT: Block[] = [
  { kind: 'heading', text: '县人大常委会召开第二十次会议' },
  { kind: 'body', text: '本报讯（记者 何嘉怡）11月20日，县十八届人大常委会召开第二十次会议。县人大常委会主任李建国主持会议。' },
  { kind: 'body', text: '会议听取了县发展改革局关于全县重大项目建设情况的报告，审议通过了有关决议。' },
  { kind: 'body', text: '会议指出，重大项目是稳增长的“压舱石”，要加快项目前期工作，确保早开工、早见效。' },
];

describe('a sentence cut after the name of an organisation', () => {
  it.each(['br-blank', 'prewrap-plain'] as PrintShape[])('goes on in %s pages (11 wide, 7 lines a column)', (shape) => {
    const text = printBlocks(REPORT, shape, 11, 7);
    // The column ends right after `会议听取了县发展改革局`.
    expect(text).toMatch(/会议听取了县发展改革局\n\n关于/u);
    const bodies = reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text);
    expect(bodies).toContain(REPORT[2]?.text);
  });

  it('still knows the signature of a notice', () => {
    expect(isSignatureLine('开化县人民政府')).toBe(true);
    expect(isSignatureLine('县农业农村局')).toBe(true);
    expect(isSignatureLine('会议听取了县农业农村局')).toBe(false);
    const notice = ['关于暂停办理业务的通告', '', '因系统升级，本中心于12月6日暂停办理全部业务，给您带来不便，敬请谅解。', '特此通告。', '县不动产登记服务中心办公室', '2026年12月1日'].join('\n');
    const bodies = reflowText(notice, { punctuation: false }).map((b) => b.text);
    expect(bodies.slice(-2)).toEqual(['县不动产登记服务中心办公室', '2026年12月1日']);
  });
});
