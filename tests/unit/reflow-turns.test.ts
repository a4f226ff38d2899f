// Paragraph ends in plain pre-wrap text (no indentation, no blank lines) that the next line's wording shows
// (tests/fixtures/corpus/dev4/: an interview and a commentary printed without indentation): an interview's
// turns (`记者：`, `潘丽君：`) each open a paragraph, and a time phrase (`这些年，`) does not lean on the
// sentence before as `这些` does. Text written for these tests in the shape of a county paper's interview.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { CONTINUES } from '../../lib/reflow/openings';

const texts = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);

/** `t` cut into print lines `w` characters wide. */
const cut = (t: string, w: number): string[] => Array.from({ length: Math.ceil(t.length / w) }, (_, i) => t.slice(i * w, (i + 1) * w));

describe('an interview printed in plain pre-wrap lines', () => {
  // Every paragraph fills its last line (lines 12 wide): no width marks an end, and no opening wording
  // but the speaker's label does.
  const Q1 = '主持人：这个民宿项目为什么会选在山区的乡镇落地？';
  const A1 = '周海明：山区乡镇交通不太方便，但是这里的生态环境很好，非常适合发展民宿。';
  const Q2 = '主持人：项目建成以后，怎样才能让更多的村民受益？';
  const A2 = '周海明：我们和村集体签了协议，每年都会拿出一部分收益给村里分红。';

  it('opens a paragraph at each turn of a speaker who speaks more than once', () => {
    const paras = [Q1, A1, Q2, A2];
    expect(paras.slice(0, 3).map((t) => t.length % 12)).toEqual([0, 0, 0]);
    expect(texts(paras.flatMap((t) => cut(t, 12)).join('\n'))).toEqual(paras);
  });

  it('reads a label that opens no other line as part of the sentence it continues', () => {
    const t = ['会议认为，项目建设要坚持规划先行。会议', '要求：各乡镇要抓紧落实。'];
    expect(texts(t.join('\n'))).toEqual([t.join('')]);
  });
});

describe('a time phrase opening a sentence', () => {
  it('does not lean on the sentence before as 这些 does', () => {
    expect(CONTINUES.test('这些年，不少地方的民生实事项目从政府定变为群众选。')).toBe(false);
    expect(CONTINUES.test('这几年，村里的变化很大。')).toBe(false);
    expect(CONTINUES.test('这一年来，全县新增就业岗位三千个。')).toBe(false);
    expect(CONTINUES.test('这些做法得到了群众的认可。')).toBe(true);
    expect(CONTINUES.test('这一做法得到了群众的认可。')).toBe(true);
  });
});
