// Simplified ⇄ traditional conversion for the reader.
//
// - toSimplified(): sync, small (opencc-js t2cn preset), character-level; see ./simplify.ts.
// - loadTraditional(): the simplified → traditional converters with phrases. The cn2t preset
//   carries OpenCC's ~1 MB STPhrases table, so it is reached only through a dynamic import()
//   below; a bundler puts it in its own chunk, loaded the first time it is needed, and the
//   converters are cached after that.
// - simplifiedShadow(): simplified copy of displayed text plus offset maps; see ./shadow.ts.

import { ConverterBuilder } from 'opencc-js/core';
import { toSimplified } from './simplify';

export { toSimplified } from './simplify';
export { simplifiedShadow } from './shadow';
export type { Converter, Shadow } from './shadow';

export type Script = 'original' | 'simplified' | 'tw' | 'hk';
export type TraditionalVariant = 'tw' | 'hk';
export type TraditionalConverter = (text: string, variant: TraditionalVariant) => string;

let traditional: Promise<TraditionalConverter> | undefined;

/**
 * Loads the simplified → traditional converters: 'tw' is Taiwan standard with Taiwan phrases
 * (软件 → 軟體, 信息 → 資訊), 'hk' is Hong Kong standard. Cached after the first load; a failed
 * load is not cached, so a later call tries again.
 */
export function loadTraditional(): Promise<TraditionalConverter> {
  if (!traditional) {
    const loading = import('opencc-js/preset/cn2t').then((preset): TraditionalConverter => {
      const build = ConverterBuilder(preset);
      const tw = build({ from: 'cn', to: 'twp' });
      const hk = build({ from: 'cn', to: 'hk' });
      return (text, variant) => (variant === 'hk' ? hk(text) : tw(text));
    });
    traditional = loading;
    loading.catch(() => {
      if (traditional === loading) traditional = undefined;
    });
  }
  return traditional;
}

/** `text` in the given script; 'original' returns it unchanged. */
export async function convertText(text: string, script: Script): Promise<string> {
  switch (script) {
    case 'original':
      return text;
    case 'simplified':
      return toSimplified(text);
    case 'tw':
    case 'hk': {
      const convert = await loadTraditional();
      return convert(text, script);
    }
  }
}

const HAN_CP_RE = /^\p{Script=Han}$/u;
/** How many Han characters looksTraditional() samples at most. */
const SAMPLE_HAN = 5000;

/**
 * Whether `text` is written in traditional characters: the share of its Han characters that
 * change under toSimplified() is at least `threshold` (default 0.1; simplified news text
 * scores 0, traditional news text about 0.3–0.4). Looks at the first 5000 Han characters.
 */
export function looksTraditional(text: string, threshold = 0.1): boolean {
  const han: string[] = [];
  for (const cp of text) {
    if (HAN_CP_RE.test(cp)) {
      han.push(cp);
      if (han.length >= SAMPLE_HAN) break;
    }
  }
  if (han.length === 0) return false;
  const simplified = Array.from(toSimplified(han.join('')));
  let changed = 0;
  han.forEach((cp, i) => {
    if (simplified[i] !== cp) changed++;
  });
  return changed > 0 && changed / han.length >= threshold;
}
