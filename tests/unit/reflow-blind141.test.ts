// The rules the blind141 round added. lib/reflow/numbered-heads.ts (numberedPlainHead, asked in segment.ts): on a page
// with no indentation, a notice's numbered part head alone on a short line stands apart after the colon that opens the
// notice's parts (`…现将有关事项通告如下：` / `一、管制时间`) and over the first item of a list of another style
// (`二、管制路段及措施` / `1.机场城市大道…`); not over a table's head row, nor over the next item of its own list.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

const OPENING = ['因城南大道快速化改造工程施工', '需要，为确保施工安全和道路交', '通有序，根据有关规定，决定对', '相关道路实施交通管制。现将有', '关事项通告如下：'];

describe('a numbered part head after a colon or over a list of another style (numberedPlainHead)', () => {
  it('changes: 一、 alone after 如下：, 二、 alone over a 1. item, on a plain page of print lines', () => {
    const page = [...OPENING, '一、管制时间', '2028年10月20日0时至2029年6月', '30日24时。', '二、管制路段及措施', '1.城南大道（红十五线至靖江路', '段）：双向各封闭一根车道，禁', '止货车通行。', '三、其他事项', '过往车辆和行人应服从现场交通', '警察的指挥，按照交通标志标线', '通行。'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 因城南大道快速化改造工程施工需要，为确保施工安全和道路交通有序，根据有关规定，决定对相关道路实施交通管制。现将有关事项通告如下：',
      'heading: 一、管制时间',
      'body: 2028年10月20日0时至2029年6月30日24时。',
      'heading: 二、管制路段及措施',
      'body: 1.城南大道（红十五线至靖江路段）：双向各封闭一根车道，禁止货车通行。',
      'heading: 三、其他事项',
      'body: 过往车辆和行人应服从现场交通警察的指挥，按照交通标志标线通行。',
    ]);
  });
  it('leaves alone: a part head over a table head row, its cells parted by spaces', () => {
    const page = [...OPENING, '一、管制路段及时间', '路段名称　管制时间　管制方式', '城南大道　全天　　封闭施工'];
    expect(blocks(page.join('\n'))).not.toContain('heading: 一、管制路段及时间');
  });
  it('leaves alone: a short numbered item over the next item of its own list', () => {
    const page = [...OPENING, '一、身份证', '二、户口簿原件及复印件和社区', '出具的居住证明材料各一份。'];
    expect(blocks(page.join('\n'))).not.toContain('heading: 一、身份证');
  });
});
