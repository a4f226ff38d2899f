// Rules from what the blind36 pages showed (tests/fixtures/pages/blind36-*, npm run -s score:blind -- --set blind36): a
// quotation's speaker that the line end cut onto a print line of its own (`“…做下去。”` / `他说。`) goes on with the
// quotation, and a bracketed credit closing text whose lines no column width measures (`（记者 X　通讯员 Y）`) is the
// byline where the line before it ends a sentence well short of the widest of six lines or more before it. With the shapes the rules must
// leave alone. Text written for these tests in the shape of the blind36 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { attributionTail } from '../../lib/reflow/attribution';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`);

// Pre-wrapped without indentation or blank lines, print lines about 15 wide.
const story = [
  '清晨五点，老街的豆腐坊就亮起了灯。',
  '磨豆、煮浆、点卤，一道道工序，',
  '老周做了整整三十年。',
  '有人劝他换个轻松的活。',
  '“手艺不能断在我手里。”',
  '他说。',
  '去年，儿子辞掉城里的工作，回来',
  '跟他学手艺。',
  '“做豆腐和做人一样，急不得。”',
  '老周笑着说。',
  '（记者 钱晓东　通讯员 吴 静）',
];

describe('a quotation\'s speaker on a print line of its own', () => {
  it('goes on with the quotation', () => {
    const got = blocks(story);
    expect(got).toContain('body: “手艺不能断在我手里。”他说。');
    expect(got).toContain('body: “做豆腐和做人一样，急不得。”老周笑着说。');
    expect(got).not.toContain('body: 他说。');
  });

  it('is only a speaker and a verb of saying, after a quotation closed on its sentence end', () => {
    expect(attributionTail('“输了不要紧，明年再来！”', '余建伟笑着说。')).toBe(true);
    expect(attributionTail('“……一清二楚。”', '周丽娟告诉记者。')).toBe(true);
    expect(attributionTail('“这是我们的心愿。”', '她感慨道。')).toBe(true);
  });

  it('leaves alone a speaker whose sentence goes on, a colon, an unquoted line and a line holding more', () => {
    // The speaker's clause goes on: the paragraph is another rule's to decide.
    expect(attributionTail('“手艺不能断在我手里。”', '老周说，他打算把豆腐坊传给儿子。')).toBe(false);
    // A speaker before a quotation opens it.
    expect(attributionTail('“手艺不能断在我手里。”', '儿子说：')).toBe(false);
    // No quotation closed before it.
    expect(attributionTail('这门手艺，老周做了三十年。', '他说。')).toBe(false);
    // A quotation closed mid-sentence (`”` after a character): no sentence ended in it.
    expect(attributionTail('大家都叫他“豆腐周”', '他说。')).toBe(false);
    // The line holds the next sentence too.
    expect(attributionTail('“手艺不能断在我手里。”', '他说。今年，豆腐坊又添了新设备。')).toBe(false);
    // A sentence of its own that is no attribution.
    expect(attributionTail('“手艺不能断在我手里。”', '这就是老周。')).toBe(false);
  });
});

describe('a bracketed credit closing text no column width measures', () => {
  it('is the byline after a sentence ending well short of the widest of the lines before', () => {
    expect(blocks(story)).toContain('byline: （记者钱晓东通讯员吴静）');
  });

  it('is left alone where the line before is as wide as the widest line, or too few lines stand before it', () => {
    // The credit could have run on from a full line: nothing says it stands apart.
    const full = ['清晨五点，老街的豆腐坊亮起了灯。', '老周做豆腐整整做了三十年了。', '（记者 钱晓东　通讯员 吴 静）'];
    expect(blocks(full)).not.toContain('byline: （记者钱晓东通讯员吴静）');
    // A credit under one line only, or two: too few lines to stand for the column.
    expect(blocks(['老周做豆腐整整做了三十年了。', '（记者 钱晓东　通讯员 吴 静）'])).not.toContain('byline: （记者钱晓东通讯员吴静）');
    expect(blocks(['老周做豆腐整整做了三十年，磨豆', '点卤，样样拿手。', '（记者 钱晓东　通讯员 吴 静）'])).not.toContain('byline: （记者钱晓东通讯员吴静）');
  });

  it('is found under 150,000 lines too (the widest line is found by a loop: spreading the lines into one call overflowed the stack)', () => {
    const long = Array.from({ length: 15_000 }, () => story.slice(0, -1)).flat();
    const out = reflowText([...long, story.at(-1) as string].join('\n'), { punctuation: false });
    expect(out.at(-1)).toMatchObject({ kind: 'byline' });
  });
});
