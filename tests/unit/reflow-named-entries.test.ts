// A 公示 list of people, one name and its post in brackets to a paragraph (tests/fixtures/corpus/dev5/
// re-printed showed it joined into one paragraph): an entry holds no sentence mark, so it read like a
// sentence cut by the line end. Text written for these tests in the shape of a county paper's notice.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { isNamedEntry, namedEntriesStart, namedEntryEnds } from '../../lib/reflow/named-entries';
import { PRINT_SHAPES, printBlocks } from '../helpers/print-shapes';

const NOTICE: Block[] = [
  { kind: 'heading', text: '县志愿服务时长突破百万小时' },
  { kind: 'body', text: '今年以来，全县新增注册志愿者1.2万人，累计志愿服务时长突破100万小时，志愿服务站点覆盖所有村和社区。' },
  { kind: 'body', text: '在城区各个路口，身穿红马甲的志愿者每天早晚高峰协助交警疏导交通，提醒行人文明出行，已成为一道亮丽的风景线。' },
  { kind: 'body', text: '县志愿者协会负责人表示，明年将推出志愿服务积分兑换制度，志愿者可以用积分兑换体检、乘车和观影等服务。' },
  { kind: 'heading', text: '2026年度优秀志愿者拟推荐对象公示' },
  { kind: 'body', text: '经基层推荐、资格审查和评审会议研究，拟推荐以下4名同志为2026年度优秀志愿者，现予以公示：' },
  { kind: 'body', text: '赵明辉（县中医院护士长）' },
  { kind: 'body', text: '钱晓梅（新塘社区网格员）' },
  { kind: 'body', text: '孙立新（出租车驾驶员）' },
  { kind: 'body', text: '李春花（退休教师）' },
  { kind: 'body', text: '公示时间：2026年11月3日至11月9日。如有异议，请在公示期内向县志愿者协会反映。' },
];

// A sentence whose print line happens to be a name and a bracketed post, and a dateline's source.
const PROSE: Block[] = [
  { kind: 'heading', text: '社区来了新网格员' },
  { kind: 'body', text: '上个月，社区迎来了两名新网格员，一位是刚毕业的大学生，另一位是' },
  { kind: 'body', text: '本报讯（记者 钱一帆）11月3日，县志愿者协会召开年度总结会，表彰了一批优秀志愿者。' },
];

describe('a list of people, one name and post to a paragraph', () => {
  // The notice's paragraphs from its preamble on (its headline, short on a page this small, is
  // another matter: the preamble is checked to end the paragraph it is in).
  const LIST = NOTICE.slice(-5).map((b) => b.text);

  it.each(PRINT_SHAPES)('keeps each entry a paragraph in %s pages', (shape) => {
    for (const width of [14, 17]) {
      const blocks = reflowText(printBlocks(NOTICE, shape, width, 9), { punctuation: false });
      expect(blocks.slice(-5).map((b) => b.text)).toEqual(LIST);
      expect(blocks.at(-6)?.text.endsWith(NOTICE.at(-6)?.text as string)).toBe(true);
    }
  });

  it('knows a whole entry, and ends it before the next entry or a label only', () => {
    expect(isNamedEntry('孙立新（出租车驾驶员）')).toBe(true);
    expect(isNamedEntry('本报讯（记者 钱一帆）')).toBe(false);
    expect(isNamedEntry('据悉（新华社电）')).toBe(false);
    expect(namedEntryEnds('孙立新（出租车驾驶员）', '李春花（退休教师）')).toBe(true);
    expect(namedEntryEnds('李春花（退休教师）', '公示时间：2026年11月3日')).toBe(true);
    // A sentence goes on after a name and post wrapped to a line of its own.
    expect(namedEntryEnds('孙立新（出租车驾驶员）', '说，每天早上六点出车')).toBe(false);
    expect(namedEntryEnds('另一位是孙立新（出租车驾驶员）', '李春花（退休教师）')).toBe(false);
    expect(namedEntriesStart('现予以公示：', '赵明辉（县中医院护士长）', '钱晓梅（新塘社区网格员）')).toBe(true);
    expect(namedEntriesStart('另一位是退休返聘的', '孙立新（出租车驾驶员）', '李春花（退休教师）也常来帮')).toBe(false);
    expect(namedEntriesStart('现予以公示：', '赵明辉（县中医院护士长）', '说，每天早上六点出车')).toBe(false);
  });

  it('leaves a sentence whose line is a name and post, and a dateline, in one paragraph', () => {
    // 12 wide: `孙立新（出租车驾驶员）` ends a print line of the first paragraph.
    const text = ['社区来了新网格员', '', '上个月，社区迎来了两名新', '网格员，一位是刚毕业的大', '学生，另一位是退休返聘的', '孙立新（出租车驾驶员）', '李春花（退休教师）也常来帮', '忙。'].join('\n');
    const blocks = reflowText(text, { punctuation: false });
    expect(blocks.filter((b) => b.kind === 'body').map((b) => b.text)).toEqual(['上个月，社区迎来了两名新网格员，一位是刚毕业的大学生，另一位是退休返聘的孙立新（出租车驾驶员）李春花（退休教师）也常来帮忙。']);
    const dateline = printBlocks(PROSE.slice(2), 'prewrap-plain', 10, 9);
    expect(reflowText(dateline, { punctuation: false })).toEqual(PROSE.slice(2));
  });
});
