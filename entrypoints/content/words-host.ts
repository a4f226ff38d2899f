// What the saved-words feature (./words.ts) sees of a page: the repaired article, the script it
// is shown in and the helpers loaded, as the coordinator's context holds them.
import type { PageContext } from './context';
import type { WordsHost } from './words';

/** What the words feature sees of a page: the repaired article as the coordinator's context holds it. */
export function wordsHost(ctx: PageContext): WordsHost {
  const { state, recognition: r } = ctx;
  return {
    doc: ctx.doc,
    article: () => ({ url: ctx.url(), site: r.site, siteName: r.siteName, title: r.title, date: r.date }),
    blockText: (i) => state.model()?.text(i) ?? '',
    blockCount: () => state.repaired()?.blocks.length ?? 0,
    blockAt: state.blockAt,
    repaired: () => state.view === 'repaired',
    settings: () => state.settings,
    script: () => {
      const { script } = state.settings;
      const { annotator: an, cn2t } = state;
      const tw = script === 'tw' || script === 'hk';
      if (!tw && !(script === 'original' && state.isTraditionalPage())) return null;
      return {
        key: `${script}:${an ? 1 : 0}:${cn2t ? 1 : 0}`,
        convert: tw && cn2t ? (text) => cn2t(text, script) : null,
        fold: an ? (text) => an.toSimplified(text) : null,
      };
    },
    annotator: () => state.annotator,
    loadAnnotator: () => {
      const load = ctx.deps.loadAnnotator;
      if (state.annotator || !load) return Promise.resolve(state.annotator);
      return ctx.once('annotator', load).catch(() => null);
    },
  };
}
