// The page's own paragraphs as evidence for the boundary scorer (lib/reflow/boundary-features.ts
// `pageParagraphs`, `shareAtLeast`): read from the paragraphs whose end is sure (a line short of its
// column), so that a sentence ending on a full line is weighed against what the rest of the page
// does. Pages are pre-wrap text without indentation, 14 characters a line, as 嘉兴日报's pre-wrap
// pages print it (/work/shared/epaper-sites.md); sentences are news sentences written for the test.
import { describe, expect, it } from 'vitest';
import { pageParagraphs, shareAtLeast } from '../../lib/reflow/boundary-features';
import { FEATURES, PAGE_EVIDENCE_LEAST } from '../../lib/reflow/boundary';
import { fullStopJoins } from '../../lib/reflow/full-stop';
import type { Context } from '../../lib/reflow/headlines';
import { textToLines } from '../../lib/reflow/lines';
import { segment } from '../../lib/reflow/segment';
import type { Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';

const SENTENCES = [
  '区交通运输局新开通公交线路六条，方便沿线群众出行。', '沿线新设候车亭十二座，全部配有电子站牌。',
  '街道组织志愿者上门走访独居老人，了解他们的生活需求。', '社区食堂推出老年套餐，每份价格不超过十元。',
  '今年以来全区新增城镇就业岗位八千余个。', '镇里投入资金改造农村公路二十公里，路面宽度增至六米。',
  '学校利用暑期对教学楼进行抗震加固。', '医院开设夜间门诊，方便上班族就医。',
  '市场监管部门开展食品安全专项检查，抽检样品三百余批次。', '村里把闲置农房改造成民宿，吸引游客前来度假。',
  '图书馆延长开放时间，周末开放至晚上九点。', '新建的口袋公园已向市民开放，里面种植了多种花木。',
];

// A sentence of exactly two full lines (28 characters): after it the repair must weigh the boundary.
const A = '全区今年新建改建农村公路二十多公里，惠及沿线十二个村庄。';
const B = '镇里同步实施路域环境整治，沿线种植行道树三千余株。';

/** A page of `paragraphs` paragraphs of `size` sentences each after `A` and `B`, printed pre-wrap 14 characters a line. */
function page(size: number, paragraphs: number): string {
  const blocks: Block[] = [{ kind: 'body', text: A }, { kind: 'body', text: B }];
  for (let p = 0; p < paragraphs; p++) {
    const text = Array.from({ length: size }, (_, k) => SENTENCES[(p * size + k) % SENTENCES.length] as string).join('');
    blocks.push({ kind: 'body', text });
  }
  return printBlocks(blocks, 'prewrap-plain', 14, 200);
}

/** The context the repair builds for `text` (read at its first ambiguous boundary, or the end). */
function contextOf(text: string): Context {
  let seen: Context | undefined;
  segment(textToLines(text), (ctx) => {
    seen ??= ctx;
    return true;
  });
  if (seen === undefined) throw new Error('no boundary was asked about');
  return seen;
}

describe("the page's own paragraphs", () => {
  it('reads a page of one-sentence paragraphs: none holds two', () => {
    const p = pageParagraphs(contextOf(page(1, 12)));
    expect(p.atLeast[0]).toBeGreaterThanOrEqual(10);
    expect(p.atLeast[2]).toBeLessThanOrEqual(1);
    expect(shareAtLeast(p, 2)).toBeLessThan(0.25);
  });

  it('reads a page of four-sentence paragraphs: most hold four, none six', () => {
    const p = pageParagraphs(contextOf(page(4, 8)));
    expect(shareAtLeast(p, 4)).toBeGreaterThan(0.6);
    expect(shareAtLeast(p, 6)).toBeLessThan(0.15);
  });

  it('reads a page with nothing to tell as the prior (paragraphs of one to four sentences)', () => {
    const none = { atLeast: new Array<number>(13).fill(0) };
    expect(shareAtLeast(none, 2)).toBe(0.75);
    expect(shareAtLeast(none, 4)).toBe(0.25);
    expect(shareAtLeast(none, 9)).toBe(0.02);
    // One sure paragraph of one sentence moves it a fifth of the way.
    const one = { atLeast: [1, 1, ...new Array<number>(11).fill(0)] };
    expect(shareAtLeast(one, 2)).toBeCloseTo(3 / 5, 12);
  });

  it('is read once per page (the same object at every boundary)', () => {
    const ctx = contextOf(page(2, 6));
    expect(pageParagraphs(ctx)).toBe(pageParagraphs(ctx));
  });
});

describe('the page-blind model', () => {
  // A model that never joins, whose page-blind model always joins: which one decided shows in the output.
  const never = { features: [...FEATURES], weights: FEATURES.map(() => 0), threshold: 1 };
  const model = { ...never, pageBlind: { ...never, threshold: 0 } };
  const firstWith = (text: string): string | undefined =>
    segment(textToLines(text), (ctx, a, para, b, kind) => fullStopJoins(ctx, a, para, b, kind, model)).find((b) => b.kind === 'body')?.text;
  it(`decides on a page showing fewer than ${PAGE_EVIDENCE_LEAST} surely ended paragraphs`, () => {
    expect(firstWith(page(1, 0))).toBe(A + B);
  });
  it('leaves the page to the whole model where it shows enough', () => {
    expect(firstWith(page(1, 10))).toBe(A);
  });
});

describe('a sentence end on a full line, weighed against the page', () => {
  it('splits there on a page whose other paragraphs are single sentences, joins on a page of long ones', () => {
    expect(A.length).toBe(28);
    const first = (others: number): string | undefined => segment(textToLines(page(others, 10))).find((b) => b.kind === 'body')?.text;
    expect(first(1)).toBe(A);
    expect(first(5)).toBe(A + B);
  });
});
