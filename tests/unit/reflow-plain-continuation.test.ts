// The shortcut of ./lib/reflow/plain-continuation.ts answers a boundary before the sure rules of
// lib/reflow/join-rule.ts are read: it must only ever say what they would say. Checked on every boundary of
// the corpus pages, the generated print pages of the tuning and development sets, and the blind pages (read as the
// CLI reads a saved page, and their gold text re-printed in every print shape) — held-out material left out —
// by asking the whole chain of rules wherever the shortcut answers. Then what each of its conditions guards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../../lib/reflow/headlines';
import type { Line } from '../../lib/reflow/columns';
import type { ParagraphLines } from '../../lib/reflow/paragraph-read';

/** Boundaries the shortcut answered, and those where the whole chain said otherwise. */
const seen = { answered: 0, asked: 0, disagreed: [] as string[] };
/** The whole chain of rules (lib/reflow/join-rule.ts), set once it is imported. */
const rules: { chain?: (ctx: Context, cur: ParagraphLines, b: Line) => string } = {};
let inside = false;

vi.mock('../../lib/reflow/plain-continuation', async (original) => {
  const real = await original<typeof import('../../lib/reflow/plain-continuation')>();
  return {
    plainContinuation: (ctx: Context, cur: ParagraphLines, a: Line, b: Line): boolean => {
      if (inside) return false;
      const fast = real.plainContinuation(ctx, cur, a, b);
      seen.asked++;
      if (fast && rules.chain) {
        seen.answered++;
        inside = true;
        try {
          const rule = rules.chain(ctx, cur, b);
          if (rule !== 'mid-sentence') seen.disagreed.push(`${rule}: ${a.text} / ${b.text}`);
        } finally {
          inside = false;
        }
      }
      return fast;
    },
  };
});

// The unit tests share their workers' modules (vitest.config.ts): load the repair afresh, so that it asks the stand-in above.
// (The stand-in answers as the shortcut does: where it outlives this file, nothing changes.)
vi.resetModules();
const { joinRule } = await import('../../lib/reflow/join-rule');
const { plainContinuation } = await vi.importActual<typeof import('../../lib/reflow/plain-continuation')>('../../lib/reflow/plain-continuation');
const { reflowText } = await import('../../lib/reflow');
const { generatedPages } = await import('../helpers/reflow-sets');
const { BLIND_SETS, blindGold, scoreBlindPage } = await import('../helpers/blind-pages');
const { PRINT_SHAPES, printBlocks } = await import('../helpers/print-shapes');
const { HELD_BACK } = await import('../helpers/blind-split');
rules.chain = joinRule;

const fresh = (): void => {
  seen.answered = 0;
  seen.asked = 0;
  seen.disagreed = [];
};

describe('the plain-continuation shortcut says what the sure rules say', () => {
  it('on the corpus pages, where it answers nearly half the boundaries', () => {
    fresh();
    for (const n of ['xsrb-page-narrow-columns', 'zj-page-column-breaks']) {
      reflowText(readFileSync(join(process.cwd(), 'tests/fixtures/corpus', `${n}.txt`), 'utf8'));
    }
    expect(seen.disagreed).toEqual([]);
    expect(seen.answered).toBeGreaterThan(seen.asked * 0.4);
  });

  it('on the generated print pages of the tuning and development sets (every shape, width and height)', () => {
    fresh();
    for (const set of ['tuning', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'] as const) {
      for (const page of generatedPages(set)) reflowText(page.text);
    }
    expect(seen.disagreed).toEqual([]);
    expect(seen.answered).toBeGreaterThan(1000);
  }, 120_000); // ~10 s alone; over 20 s when other work shares the machine's two cores (a correctness check, not a timing)

  it('on the blind pages read as the CLI reads them, and their gold re-printed in every shape', () => {
    fresh();
    const held = new Set(HELD_BACK.map((s) => s.name));
    for (const set of BLIND_SETS.filter((s) => !held.has(s.name))) {
      for (const page of set.pages) {
        scoreBlindPage(page, 'cli');
        const gold = blindGold(page);
        if (gold.length > 0) for (const shape of PRINT_SHAPES) reflowText(printBlocks(gold, shape, 13, 12));
      }
    }
    expect(seen.disagreed).toEqual([]);
    expect(seen.answered).toBeGreaterThan(1000);
  }, 120_000);
});

const { visualWidth } = await import('../../lib/reflow/chars');

/** A print line of the run `run`, as `measure` gives it. */
const line = (text: string, ord: number, over: Partial<Line> = {}): Line => ({
  idx: ord, ord, text, gap: 0, indent: false, afterMedia: false, row: false, bold: false, boldLine: false, cell: 0,
  width: visualWidth(text), run: 0, lastOfRun: false, ...over,
});
/** One run of lines set in a column `width` characters wide, on a regular page with no indentation or blank-line marks. */
const contextOf = (lines: Line[], width: number, setRuns?: Set<number>): Context => ({
  lines, widths: [width], indentUsed: false, setRuns,
  ev: { blankIsParagraph: false, regular: true, cuts: [], positions: lines.map((_, i) => i), slack: 0.75 },
});
const paragraph = (ls: Line[]): ParagraphLines => ({ lines: ls, text: ls.map((l) => l.text).join(''), depth: 0 });
/** The shortcut's answer and the whole chain's for the boundary between `aText` and `bText`. */
function ask(aText: string, bText: string, over: { b?: Partial<Line>; a?: Partial<Line>; width?: number; setRuns?: Set<number> } = {}): [boolean, string] {
  const a = line(aText, 0, over.a);
  const b = line(bText, 1, over.b);
  const ctx = contextOf([a, b], over.width ?? a.width, over.setRuns);
  const cur = paragraph([a]);
  inside = true;
  try {
    return [plainContinuation(ctx, cur, a, b), joinRule(ctx, cur, b)];
  } finally {
    inside = false;
  }
}

describe('what each condition of the shortcut guards', () => {
  const A = '我区积极推进医银合作新模式实现医保';
  const B = '业务向银行网点延伸，优化经办服务';

  it('answers a full line ending inside a clause before a line that opens plainly', () => {
    expect(ask(A, B)).toEqual([true, 'mid-sentence']);
    expect(ask(`${A}，`, B)).toEqual([true, 'mid-sentence']);
    expect(ask(A, `“${B}`)).toEqual([true, 'mid-sentence']);
    expect(ask(A, `2024年${B}`)).toEqual([true, 'mid-sentence']);
  });

  it('leaves every other boundary to the rules', () => {
    expect(ask(A, B, { b: { gap: 1, run: 1 } })[0]).toBe(false); // an explicit break
    expect(ask(A, B, { b: { indent: true } })[0]).toBe(false); // an indented line
    expect(ask(A, B, { setRuns: new Set([0]) })).toEqual([false, 'set-lines']); // a run set line by line
    expect(ask(`${A}。`, B)[0]).toBe(false); // a sentence ends the line
    expect(ask('全区已设置52', '个网点，实现镇街全覆盖')[0]).toBe(false); // a figure ends it (a phone number's, perhaps)
    expect(ask(A, `（${B}`)[0]).toBe(false); // a bracket opens the next
    expect(ask(A, B, { width: visualWidth(A) + 2 })).toEqual([false, 'unmarked-short']); // short of its column
    expect(ask('节目单', '一、开场舞《春之声》')).toEqual([false, 'announces-list']); // a list's title over its first item
    expect(ask('节目单', '1.开场舞《春之声》')).toEqual([false, 'announces-list']);
    expect(ask('公示期间如有异议请联系', '联系人：王先生')[0]).toBe(false); // a field's label
    expect(ask('公示期间如有异议请联系', '联系人:王先生')[0]).toBe(false);
    expect(ask('林志强　男　莆田市第一', '易　敏　女　市中心医院')[0]).toBe(false); // a row set out in cells
    expect(ask('此致', '敬礼')).toEqual([false, 'notice']); // a letter's closing formula
    expect(ask('湖州市公安局交通警察支队', '二〇二四年十二月五日')[0]).toBe(false); // the date under a signature
  });
});
