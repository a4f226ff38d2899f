// The rules of the round the blind154 pages asked for (tests/fixtures/pages/blind154-*, 政策解读 and 权威发布 pages on
// Zhejiang city and county papers). Snippets written for these tests in the pages' shapes; the leave-alone cases keep
// what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import { nameCutAfter } from '../../lib/reflow/name-cut';
import type { SourceLine } from '../../lib/reflow/types';

/** A page's source lines: `　　` opens an indented line, `*` marks a print line set wholly in bold, `+` an element's first line. */
function page(rows: readonly string[]): SourceLine[] {
  return rows.map((row) => {
    let r = row;
    const opens = r.startsWith('+');
    if (opens) r = r.slice(1);
    const bold = r.startsWith('*');
    if (bold) r = r.slice(1);
    const indent = r.startsWith('　　');
    return { text: r.trim(), gap: opens ? 1 : 0, indent, ...(bold ? { boldLine: true } : {}) };
  });
}
const blocks = (rows: readonly string[]): { kind: string; text: string }[] => reflowLines(page(rows)).map(({ kind, text }) => ({ kind, text }));

// 今日桐乡 and 都市快报 问答 (<br> print lines fifteen wide; <p> per paragraph holding its print lines joined by <br>):
// a numbered question set in bold and cut over two print lines (`<b>3.需要提供哪些材料？购房多久内<br>可以申请？</b>`),
// after an answer ending in a full stop and over an indented answer, is a subheading whole
// (lib/reflow/bold-run-head.ts boldRunHeadEnd); it was joined onto the answer above.
describe('a bold question cut over print lines between answers', () => {
  it('gives the question whole as a heading, in <br> print lines', () => {
    expect(blocks([
      '记者　方　舟', '　　我市出台高技能人才租房补贴政', '策。记者采访了市人力社保局。',
      '*1.哪些人可以申请？', '　　在本市工作、取得高级工以上职', '业资格的技能人才均可申请。',
      '*2.补贴标准是多少？每月什么时候', '*发放？', '　　高级工每月800元，技师每月1200', '元，每季度首月发放。',
    ])).toEqual([
      { kind: 'byline', text: '记者　方　舟' },
      { kind: 'body', text: '我市出台高技能人才租房补贴政策。记者采访了市人力社保局。' },
      { kind: 'heading', text: '1.哪些人可以申请？' },
      { kind: 'body', text: '在本市工作、取得高级工以上职业资格的技能人才均可申请。' },
      { kind: 'heading', text: '2.补贴标准是多少？每月什么时候发放？' },
      { kind: 'body', text: '高级工每月800元，技师每月1200元，每季度首月发放。' },
    ]);
  });
  it('gives the question whole as a heading, in <p> elements holding <br> print lines', () => {
    expect(blocks([
      '+　　退休人员异地安置后，医保待遇', '怎么享受？市医保局作了解答。',
      '+　　退休后回老家居住，需要先办理', '备案手续。',
      '+*3.备案以后在老家看病还能用个人', '*账户吗？',
      '+　　可以。个人账户可在备案地定点', '医疗机构和药店使用。',
    ])).toEqual([
      { kind: 'body', text: '退休人员异地安置后，医保待遇怎么享受？市医保局作了解答。' },
      { kind: 'body', text: '退休后回老家居住，需要先办理备案手续。' },
      { kind: 'heading', text: '3.备案以后在老家看病还能用个人账户吗？' },
      { kind: 'body', text: '可以。个人账户可在备案地定点医疗机构和药店使用。' },
    ]);
  });
  it('leaves a bold lead paragraph of full sentences a paragraph', () => {
    const rows = [
      '*　　今年起，我市将灵活就业人员纳', '*入住房公积金制度覆盖范围，自愿缴', '*存、按月提取。',
      '　　市住房公积金管理中心介绍，缴', '存比例可在5%至12%之间自主选择。',
    ];
    const out = blocks(rows);
    expect(out.some((b) => b.kind === 'heading')).toBe(false);
    expect(out[0]?.text.startsWith('今年起，我市将灵活就业人员纳入住房公积金制度覆盖范围')).toBe(true);
  });
  it('leaves bold words running on into a plain line with no break a paragraph\'s lines', () => {
    const out = blocks([
      '　　办理流程进一步简化。', '*提交申请后，审核通过的', '*资金在3个工作日内', '到账，无需再跑窗口。',
    ]);
    expect(out.some((b) => b.kind === 'heading')).toBe(false);
  });
});

// 绍兴日报 发布会 (pre-wrap fifteen wide, indented): the byline `本报记者　陶　然　通讯员　越教宣` is one character past the
// column; the line end cuts the three-character name after its second character. The byline pads its two-character names
// (`陶　然`), so two unpadded characters after its last space are a longer name's first part (lib/reflow/name-cut.ts).
describe('a byline cut inside a three-character name', () => {
  const text = (first: string, rest: string): string => [first, rest, '　　5月16日，市政府新闻办召开', '新闻发布会，市教育局发布2029年', '市区义务教育阶段学校招生入学政', '策。'].join('\n');
  const kinds = (t: string): string[] => reflowText(t, { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  const body = 'body: 5月16日，市政府新闻办召开新闻发布会，市教育局发布2029年市区义务教育阶段学校招生入学政策。';

  it('takes the name\'s last character from the next line', () => {
    expect(kinds(text('本报记者　陶　然　通讯员　越教', '宣'))).toEqual(['byline: 本报记者　陶　然　通讯员　越教宣', body]);
  });
  it('leaves alone a name already three characters long and a byline short of its column', () => {
    expect(nameCutAfter({ text: '本报记者　陶　然　通讯员　越教宣', width: 15 }, { text: '好', gap: 0 }, 15)).toBe(false);
    expect(nameCutAfter({ text: '本报记者　陶　然　通讯员　越教', width: 14 }, { text: '宣传', gap: 0 }, 15)).toBe(false);
    expect(nameCutAfter({ text: '记者　越教', width: 5 }, { text: '宣', gap: 0 }, 15)).toBe(false);
  });
});
