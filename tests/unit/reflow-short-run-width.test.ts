// Pre-wrap text without indentation: a notice's last lines after a column cut (`2月28日17时。` /
// `咨询电话：0573-82071234` / `南湖区民政局` / `2026年12月18日`) form a run of short lines whose votes
// named a column as narrow as the shortest of them, so the field, the signature and the date read
// as full lines of one paragraph. A short run with a line far wider than the width it votes for is
// no column of that width; its neighbours lend theirs (alone on its page, it keeps its own). A
// short run whose lines fit their column, a hanging mark aside, keeps its own width. Text written
// for these tests in the shape of a city paper's notice.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { measure, runWidths } from '../../lib/reflow/columns';
import { textToLines } from '../../lib/reflow/lines';
import { printBlocks } from '../helpers/print-shapes';

const NOTICE: Block[] = [
  { kind: 'heading', text: '南湖区公开招聘社区工作者公告' },
  { kind: 'body', text: '根据工作需要，南湖区决定面向社会公开招聘社区工作者三十名。现将有关事项公告如下：' },
  { kind: 'heading', text: '一、招聘条件' },
  { kind: 'body', text: '年龄在十八周岁以上、三十五周岁以下，具有大专及以上学历，身体健康，热爱社区工作，具有较强的沟通协调能力。' },
  { kind: 'heading', text: '二、报名方式' },
  { kind: 'body', text: '报名采取网上报名的方式，报名时间为12月22日9时至12月28日17时。' },
  { kind: 'body', text: '咨询电话：0573-82071234' },
  { kind: 'body', text: '南湖区民政局' },
  { kind: 'body', text: '2026年12月18日' },
];

const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text.replace(/[ \u3000]/gu, ''));

describe('a short run of short lines after a column cut', () => {
  for (const [w, h] of [[18, 9], [18, 13]] as const) {
    it(`keeps the notice's field, signature and date apart (w${w} h${h})`, () => {
      const out = texts(reflowText(printBlocks(NOTICE, 'prewrap-plain', w, h), { punctuation: false }));
      for (const b of NOTICE.filter((x) => x.kind === 'body')) expect(out).toContain(b.text);
    });
  }

  it('is measured by its neighbours, not by its own short lines', () => {
    const column = ['报名采取网上报名的方式，报名时', '间为12月22日9时至12月2', '8日17时，逾期不再受理，请考生', '合理安排时间，及时登录报名网站', '填写个人信息并上传相关证明材料'];
    const lines = measure(textToLines([...column, '', '2月28日17时。', '咨询电话：0573-82071234', '南湖区民政局', '2026年12月18日'].join('\n')));
    expect(runWidths(lines)[1]).toBeUndefined();
    // Alone on its page, with no run to lend a width, it keeps its own.
    expect(runWidths(measure(textToLines('2月28日17时。\n咨询电话：0573-82071234\n南湖区民政局\n2026年12月18日')))[0]).toBeDefined();
  });

  it('keeps the width of a short run whose lines fit their column (a mark hanging past it)', () => {
    const lines = measure(textToLines('县农业农村局提醒种植户要\n及时加固大棚，做好蔬菜和\n果树的防冻工作，减少损失。\n今年全县种植面积一万亩。'));
    expect(runWidths(lines)[0]).toBe(12);
  });
});
