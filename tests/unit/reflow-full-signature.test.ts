// Pre-wrap text indented by paragraph: a paragraph's first print line can read like an
// organisation's name that signs a notice (`站房由嘉兴设计院有限公司`), and a column can end right
// after it. Filling its column, it is a print line the column cut, not a signature, and the paragraph
// goes on (`设计，以…`); an indented signature short of its column still stands apart. Text written
// for these tests in the shape of a city paper's pre-wrap page.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const texts = (lines: readonly string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => b.text);

describe("an indented line that reads like a notice's signature", () => {
  it('goes on with the next column when it fills its own', () => {
    const out = texts([
      '　　嘉兴南站改造工程日前完成', '竣工验收，新站房将于本月底投', '入使用。', '　　站房由嘉兴设计院有限公司', '',
      '设计，以“水乡客厅”为理念，', '屋面取意江南民居的坡顶，候车', '大厅可同时容纳三千名旅客。', '　　据介绍，改造后的南站新增', '进站口四个，旅客进站时间缩短', '一半以上。',
    ]);
    expect(out).toContain('站房由嘉兴设计院有限公司设计，以“水乡客厅”为理念，屋面取意江南民居的坡顶，候车大厅可同时容纳三千名旅客。');
    expect(out).toHaveLength(3);
  });

  it('stands apart short of its column', () => {
    const out = texts(['　　本次征求意见时间为12月18', '日至12月27日，欢迎社会各界', '提出意见和建议。', '　　嘉兴市南湖区人民政府', '', '（此件公开发布）']);
    expect(out).toEqual(['本次征求意见时间为12月18日至12月27日，欢迎社会各界提出意见和建议。', '嘉兴市南湖区人民政府', '（此件公开发布）']);
  });
});
