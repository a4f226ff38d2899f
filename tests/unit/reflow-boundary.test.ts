// The learned boundary scorer of the line-wrap repair (lib/reflow/boundary.ts): the shipped model
// loads and matches the feature list, the features are computed as documented on hand-made
// boundaries (pre-wrap text without indentation, as 嘉兴日报 pre-wrap pages print it; one <p> per
// column piece, as 浙江日报 prints it — /work/shared/epaper-sites.md), and training is
// deterministic. `npm run train:reflow -- --check` compares the committed model with a full run.
import { describe, expect, it } from 'vitest';
import { BOUNDARY_MODEL } from '../../lib/reflow/boundary-model.generated';
import { boundaryFeatures, FEATURES, joinProbability } from '../../lib/reflow/boundary';
import { aheadOf, countSentenceEnds, lastSentenceLength, openingOf, type BoundaryKind } from '../../lib/reflow/boundary-features';
import { textToLines } from '../../lib/reflow/lines';
import { segment } from '../../lib/reflow/segment';
import type { Context } from '../../lib/reflow/headlines';
import { measure, runWidths, type Line } from '../../lib/reflow/columns';
import { pageEvidence } from '../../lib/reflow/evidence';
import { printedExamples, roundedModel, trainLogistic } from '../../scripts/lib/reflow-training';
import { modelFile } from '../../scripts/train-reflow';
import { printBlocks, printLayout } from '../helpers/print-shapes';

interface Seen {
  ctx: Context;
  a: Line;
  b: Line;
  kind: BoundaryKind;
  x: Record<string, number>;
}

/** Every ambiguous boundary of `text`, with its features by name; each is joined (as if the gold said so). */
function boundaries(text: string): Seen[] {
  const seen: Seen[] = [];
  segment(textToLines(text), (ctx, a, para, b, kind) => {
    const v = boundaryFeatures(ctx, a, para, b, kind);
    seen.push({ ctx, a, b, kind, x: Object.fromEntries(FEATURES.map((f, i) => [f, v[i] as number])) });
    return true;
  });
  return seen;
}

// Pre-wrap, 14 characters a line, no indentation: every sentence below ends on a full line.
const S1 = '区交通运输局新开通公交六条。'; // 14
const S2 = '沿线新设候车亭十二座全部配有电子站牌和遮阳座椅。'; // 24
const FOUR = ['区交通运输局新开通公交六条。', '沿线新设候车亭十二座配座椅。', '全部站点配有电子站牌遮阳棚。', '日均服务乘客两千余人次以上。'];

describe('the shipped boundary model', () => {
  it('loads with one weight per documented feature and a threshold between 0 and 1', () => {
    expect(BOUNDARY_MODEL.features).toEqual([...FEATURES]);
    expect(BOUNDARY_MODEL.weights).toHaveLength(FEATURES.length);
    expect(BOUNDARY_MODEL.weights.every(Number.isFinite)).toBe(true);
    expect(BOUNDARY_MODEL.threshold).toBeGreaterThan(0);
    expect(BOUNDARY_MODEL.threshold).toBeLessThan(1);
  });

  it('is a logistic regression: probability 1/(1+e^-w·x)', () => {
    const m = { features: ['bias', 'x'], weights: [1, -2], threshold: 0.5 };
    expect(joinProbability([1, 0], m)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(joinProbability([1, 1], m)).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });
});

describe('boundary features', () => {
  it('counts sentence ends (a ？！ once, closing quotes with them) and measures the last sentence', () => {
    expect(countSentenceEnds('他说：“好！”我们走。真的吗？！')).toBe(3);
    expect(countSentenceEnds('没有句末')).toBe(0);
    expect(lastSentenceLength('第一句话。第二句话很长。')).toBe(6);
    expect(lastSentenceLength('“只有一句。”')).toBe(5);
  });

  it('reads a short first paragraph going on into one more short sentence as a likely join', () => {
    const text = [S1, '沿线新设候车亭十二座全部配有', '电子站牌。', '', '下一段落从这里开始讲起来吧。'].join('\n');
    const [first] = boundaries(text);
    expect(first?.kind).toBe('full');
    expect(first?.x).toMatchObject({ bias: 1, blank: 0, grid: 0, 'so-far-2': 0, 'ahead-known': 1, 'ahead-1': 1, 'total-3': 0, 'both-long': 0 });
    expect(first?.x['so-far-short']).toBe(1);
    expect(first?.x['so-far-chars']).toBeCloseTo(Math.log2(15) / 8, 12);
    expect(first?.x['ahead-chars']).toBeCloseTo(Math.log2(1 + 19) / 9, 12);
    expect(joinProbability(Object.values(first?.x ?? {}))).toBeGreaterThan(BOUNDARY_MODEL.threshold);
  });

  it('reads four sentences so far and three more ahead as a likelier paragraph end than one so far and one ahead', () => {
    const text = [...FOUR, ...FOUR.slice(0, 3), '完。'].join('\n');
    const seen = boundaries(text);
    const fourth = seen.find((s) => s.a.ord === 3);
    expect(fourth?.x).toMatchObject({ 'so-far-4': 1, 'so-far-3': 0, 'ahead-known': 1, 'ahead-4+': 1, 'total-6+': 1 });
    const short = boundaries([S1, '沿线新设候车亭十二座全部配有', '电子站牌。', '', '下一段落从这里开始讲起来吧。'].join('\n'))[0];
    // Where the paragraph would hold seven sentences the scorer leans less to joining than where it would hold two.
    expect(joinProbability(FEATURES.map((f) => fourth?.x[f] ?? 0))).toBeLessThan(joinProbability(FEATURES.map((f) => short?.x[f] ?? 0)) - 0.1);
  });

  it('reads to the next sure paragraph end (a line short of its column), not beyond', () => {
    const text = [S1, '沿线新设候车亭十二座全部配有', '电子站牌。', '另一段落的文字写满一整行了吧。', '还有更多。'].join('\n');
    const first = boundaries(text)[0] as Seen;
    expect(aheadOf(first.ctx, first.b)).toEqual({ chars: 19, sentences: 1, known: true });
  });

  it('classes the next line’s opening', () => {
    const opening = (next: string, last = S1): string => {
      const text = printBlocks([{ kind: 'body', text: last + next }], 'prewrap-plain', 14, 40);
      const s = boundaries(text)[0] as Seen;
      expect(s.a.text).toBe(last);
      return openingOf(s.ctx, s.a, s.b);
    };
    const rest = '新线路全部采用新能源公交车，沿线新设候车亭十二座，全部配有电子站牌。';
    expect(opening(`据介绍，${rest}`)).toBe('new');
    expect(opening(`1.${rest}`)).toBe('list');
    expect(opening(`同时，${rest}`)).toBe('leans');
    expect(opening(`“我们很满意。”${rest}`)).toBe('spoken');
    expect(opening(`“最后一公里”${rest}`)).toBe('quote');
    expect(opening(rest)).toBe('other');
    // A quotation closed after its end mark, then its bare speaker, is a sure rule's now (see the next test): its class read
    // on the measured lines themselves.
    const lines = measure(textToLines(printBlocks([{ kind: 'body', text: `${S1}“服务送到了群众的家门口了。”区文明办有关负责人表示。${rest}` }], 'prewrap-plain', 14, 40)));
    const k = lines.findIndex((l) => l.text.endsWith('。”'));
    const ctx = { lines, widths: runWidths(lines), ev: pageEvidence(lines, runWidths(lines)), indentUsed: false } as unknown as Context;
    expect(openingOf(ctx, lines[k] as Line, lines[k + 1] as Line)).toBe('speaker');
  });

  it('leaves a closed quotation and its bare speaker to no scorer: a sure rule joins them (speakerAhead)', () => {
    const last = '“服务送到了群众的家门口了。”';
    const text = printBlocks([{ kind: 'body', text: `${last}区文明办有关负责人表示。新线路全部采用新能源公交车。` }], 'prewrap-plain', 14, 40);
    const decided: string[] = [];
    segment(textToLines(text), () => true, (a, _b, rule, joins) => { if (a.text === last) decided.push(`${rule} ${joins}`); });
    expect(boundaries(text).some((s) => s.a.text === last)).toBe(false);
    expect(decided).toEqual(['mid-sentence true']);
  });

  it('on a page of column pieces, reads the grid: a piece cut mid-paragraph fills its last line', () => {
    // 浙江日报's markup: one <p> per column piece, columns 12 characters wide and 4 lines tall;
    // sentences of 12 characters fill a line each, so some column ends fall on a sentence end.
    const T = ['区交通运输局新开通公交', '沿线新设候车亭全配座椅', '全部站点均配有电子站牌', '日均服务乘客两千余人次'].map((t) => `${t}。`);
    const long = '新线路全部采用新能源公交车，沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅，方便群众在家门口候车出行';
    const paras = [T.join('') + T[0] + T[1], `${long}，日均服务乘客两千余人次。`, T.join('') + T[2], `${long}。`, `${long}，${long}。`];
    const layout = printLayout(paras.map((text) => ({ kind: 'body' as const, text })), 'p-cut', 12, 4);
    const owners = layout.owners.filter((o) => o >= 0);
    const grid = boundaries(layout.lines.join('\n')).filter((s) => s.kind === 'grid');
    expect(grid.length).toBeGreaterThanOrEqual(2);
    for (const s of grid) {
      expect(s.ctx.grid?.columnEnds.has(s.a.ord)).toBe(true);
      expect(s.x['grid-height-width']).toBeCloseTo(Math.log2(4 / 12), 12);
      if (owners[s.a.idx] === owners[s.b.idx]) expect(s.x['grid-last-full']).toBe(1);
    }
    // The first paragraph's first column ends on its fourth sentence: the paragraph goes on there.
    expect(grid.some((s) => owners[s.a.idx] === owners[s.b.idx])).toBe(true);
  });
});

describe('training', () => {
  it('gives the same weights from the same examples, one per feature, and a loadable file', () => {
    const blocks = [
      { kind: 'heading' as const, text: '新开通公交六条' },
      ...[S1 + S2, FOUR.join(''), FOUR.slice(1).join(''), S2 + S1 + S2].map((text) => ({ kind: 'body' as const, text })),
    ];
    const examples = printedExamples(blocks, ['prewrap-plain', 'p-cut'], [12, 14], [4, 6]);
    expect(examples.length).toBeGreaterThan(4);
    expect(examples.some((e) => e.join) && examples.some((e) => !e.join)).toBe(true);
    const w1 = trainLogistic(examples, 1);
    const w2 = trainLogistic([...examples], 1);
    expect(w1).toEqual(w2);
    expect(w1).toHaveLength(FEATURES.length);
    const file = modelFile(roundedModel(w1, 0.5), examples.length, 0);
    expect(file).toContain(`features: ${JSON.stringify(FEATURES)}`);
    expect(file).toContain('threshold: 0.5,');
  });
});
