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
