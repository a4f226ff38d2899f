// A small neural polyphone model (issue 15, trial (b)): character embeddings shared by every
// polyphonic character, a window of ±NEURAL.window neighbours concatenated, one hidden layer,
// and a softmax per polyphonic character over its readings. Plain TypeScript, seeded SGD.
// Cross-validated as evidence added to the perceptron's scores (scripts/train-polyphones.ts --compare).

import { charClass } from '../../lib/pinyin/polyphone-features';
import { rng } from './polyphone-training';

/** Settings of the network and its training. */
export interface NeuralOptions {
  readonly window: number;
  readonly dim: number;
  readonly hidden: number;
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  /** Probability of replacing an input neighbour by the unknown symbol while training. */
  readonly dropout: number;
  readonly seed: number;
}

export const NEURAL: NeuralOptions = { window: 4, dim: 16, hidden: 64, epochs: 12, rate: 0.05, l2: 1e-5, dropout: 0.1, seed: 1 };

/** One training or scoring item: the character, its neighbours' classes (2 × window), and its label. */
export interface NeuralItem { readonly ch: string; readonly win: readonly string[]; readonly label: string }

/** The window of position `i` of `cps`: charClass of each neighbour, left then right. */
export function windowOf(cps: readonly string[], i: number, w = NEURAL.window): string[] {
  const out: string[] = [];
  for (let k = i - w; k <= i + w; k++) if (k !== i) out.push(charClass(cps[k]));
  return out;
}

/** A trained network: log-probabilities of a character's readings in a window. */
export interface NeuralModel {
  logProbs(ch: string, win: readonly string[]): Map<string, number> | undefined;
}

const UNK = 0;

/** The network's weights and the buffers of one forward and backward pass. */
class Net {
  readonly nIn: number;
  readonly emb: Float32Array;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly out = new Map<string, { w: Float32Array; b: Float32Array }>();
  readonly x: Float32Array;
  readonly h: Float32Array;
  readonly ids: Int32Array;

  constructor(readonly o: NeuralOptions, readonly vocab: ReadonlyMap<string, number>, readonly classes: ReadonlyMap<string, readonly string[]>, readonly next: () => number) {
    this.nIn = 2 * o.window * o.dim;
    const gauss = (s: number): number => (next() * 2 - 1) * s;
    this.emb = Float32Array.from({ length: (vocab.size + 1) * o.dim }, () => gauss(0.1));
    this.w1 = Float32Array.from({ length: this.nIn * o.hidden }, () => gauss(Math.sqrt(3 / this.nIn)));
    this.b1 = new Float32Array(o.hidden);
    for (const [ch, cs] of classes) this.out.set(ch, { w: Float32Array.from({ length: o.hidden * cs.length }, () => gauss(Math.sqrt(3 / o.hidden))), b: new Float32Array(cs.length) });
    this.x = new Float32Array(this.nIn);
    this.h = new Float32Array(o.hidden);
    this.ids = new Int32Array(2 * o.window);
  }

  /** Log-probabilities of `ch`'s readings for window `win` (input dropout when `drop`); undefined for a character without outputs. */
  forward(ch: string, win: readonly string[], drop: boolean): Float64Array | undefined {
    const { o, x, h, ids, nIn } = this;
    const head = this.out.get(ch);
    const cs = this.classes.get(ch);
    if (!head || !cs) return undefined;
    for (let p = 0; p < ids.length; p++) {
      const id = this.vocab.get(win[p] ?? '') ?? UNK;
      ids[p] = drop && this.next() < o.dropout ? UNK : id;
      x.set(this.emb.subarray(ids[p]! * o.dim, ids[p]! * o.dim + o.dim), p * o.dim);
    }
    for (let j = 0; j < o.hidden; j++) {
      let s = this.b1[j]!;
      for (let k = 0; k < nIn; k++) s += this.w1[j * nIn + k]! * x[k]!;
      h[j] = Math.tanh(s);
    }
    const z = new Float64Array(cs.length);
    for (let r = 0; r < cs.length; r++) {
      let s = head.b[r]!;
      for (let j = 0; j < o.hidden; j++) s += head.w[r * o.hidden + j]! * h[j]!;
      z[r] = s;
    }
    const top = Math.max(...z);
    let sum = 0;
    for (let r = 0; r < z.length; r++) sum += Math.exp(z[r]! - top);
    for (let r = 0; r < z.length; r++) z[r] = z[r]! - top - Math.log(sum);
    return z;
  }

  /** One SGD step (rate `lr`, L2 shrinkage) on the log-loss of `label` after forward() gave `lp` for `ch`. */
  backward(ch: string, label: string, lp: Float64Array, lr: number): void {
    const { o, x, h, ids, nIn, w1, b1, emb } = this;
    const head = this.out.get(ch);
    const cs = this.classes.get(ch) ?? [];
    if (!head) return;
    const dh = new Float32Array(o.hidden);
    for (let r = 0; r < cs.length; r++) {
      const g = Math.exp(lp[r]!) - (cs[r] === label ? 1 : 0);
      for (let j = 0; j < o.hidden; j++) {
        dh[j] = dh[j]! + g * head.w[r * o.hidden + j]!;
        head.w[r * o.hidden + j] = head.w[r * o.hidden + j]! * (1 - lr * o.l2) - lr * g * h[j]!;
      }
      head.b[r] = head.b[r]! - lr * g;
    }
    const dx = new Float32Array(nIn);
    for (let j = 0; j < o.hidden; j++) {
      const g = dh[j]! * (1 - h[j]! * h[j]!);
      if (g === 0) continue;
      const row = j * nIn;
      for (let k = 0; k < nIn; k++) {
        dx[k] = dx[k]! + g * w1[row + k]!;
        w1[row + k] = w1[row + k]! * (1 - lr * o.l2) - lr * g * x[k]!;
      }
      b1[j] = b1[j]! - lr * g;
    }
    for (let p = 0; p < ids.length; p++) {
      const base = ids[p]! * o.dim;
      for (let d = 0; d < o.dim; d++) emb[base + d] = emb[base + d]! - lr * dx[p * o.dim + d]!;
    }
  }
}

/** Trains the network on `items` (deterministic for a seed). Throws when an item's window is not 2 × o.window long. */
export function trainNeural(items: readonly NeuralItem[], o: NeuralOptions = NEURAL): NeuralModel {
  const bad = items.find((it) => it.win.length !== 2 * o.window);
  if (bad) throw new Error(`neural model: a window of ${bad.win.length} neighbours for ${bad.ch}, expected ${2 * o.window}`);
  const next = rng(o.seed);
  const counts = new Map<string, number>();
  for (const it of items) for (const c of it.win) counts.set(c, (counts.get(c) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [c, n] of counts) if (n >= 2) vocab.set(c, vocab.size + 1);
  const classes = new Map<string, string[]>();
  for (const it of items) {
    const cs = classes.get(it.ch) ?? classes.set(it.ch, []).get(it.ch) ?? [];
    if (!cs.includes(it.label)) cs.push(it.label);
  }
  const net = new Net(o, vocab, classes, next);
  const order = items.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const lr = o.rate / (1 + epoch * 0.5);
    for (const n of order) {
      const it = items[n]!;
      if ((classes.get(it.ch)?.length ?? 0) < 2) continue;
      const lp = net.forward(it.ch, it.win, true);
      if (lp) net.backward(it.ch, it.label, lp, lr);
    }
  }
  return {
    logProbs(ch, win) {
      if (win.length !== 2 * o.window) throw new Error(`neural model: a window of ${win.length} neighbours, expected ${2 * o.window}`);
      const cs = classes.get(ch);
      const lp = net.forward(ch, win, false);
      if (!cs || !lp) return undefined;
      return new Map(cs.map((c, r) => [c, lp[r]!]));
    },
  };
}
