import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

declare global {
   
  var __dubaoCn2t: ((text: string, variant: 'tw' | 'hk') => string) | undefined;
}

/**
 * The simplified → traditional phrase tables (~1 MB), injected into a tab's content-script
 * world only when the reader picks a traditional display. Keeps the content script small.
 */
export default defineUnlistedScript(() => {
  if (globalThis.__dubaoCn2t) return;
  const build = ConverterBuilder(cn2t);
  const tw = build({ from: 'cn', to: 'twp' });
  const hk = build({ from: 'cn', to: 'hk' });
  globalThis.__dubaoCn2t = (text, variant) => (variant === 'hk' ? hk(text) : tw(text));
});
