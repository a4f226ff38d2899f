// The ruby of the blocks on screen laid out once, out of sight, with placeholder readings, while
// the annotator is still on its way (the page's thread waits about 100 ms for the background to
// inject it). The first ruby a tab lays out costs far more than later ones — the ruby styles, the
// fallback font for tone-marked Latin letters and the shaping of common syllables are made then —
// so a reader who chooses pinyin the moment the popup opens, before the real readings could be
// rehearsed (pinyin-prepare.ts), finds that cost paid. The placeholders never reach the screen or
// the reading cache: the model gets a throwaway cache of its own.
import { DisplayModel, type AnnotatorLike } from './display';
import { blocksOnScreen, later } from './geometry';
import type { PageContext } from './context';

/**
 * Common syllables of news text with every tone mark, ü and its tones among them, in the order a
 * rehearsal cycles through them.
 */
export const PLACEHOLDER_SYLLABLES = (
  'de shì zài yǒu hé zhōng guó rén mín fā zhǎn jīng jì gōng zuò shè huì qū xiàn jiàn shè chǎn yè ' +
  'xīn zhì liàng gāo zhèng cè fú wù lǜ nǚ lüè lǘ xué shēng kě yǐ jiù yào dì fāng qǐ tǐ wén huà ' +
  'nóng cūn kē jì chuàng miàn duì jiā tíng yī liáo bǎo zhàng ān quán lǐng dǎo zǔ zhī zì rán ' +
  'huán jìng shuǐ zǒng shū jì ōu ér ěr èr wǒ ài'
).split(' ');

const HAN = /\p{Script=Han}/u;

/** An annotator stand-in that reads every Han character as the next placeholder syllable. */
export function placeholderAnnotator(): AnnotatorLike {
  let k = 0;
  return {
    displayReadings: (display) => Array.from(display, (ch) => (HAN.test(ch) ? PLACEHOLDER_SYLLABLES[k++ % PLACEHOLDER_SYLLABLES.length] ?? '' : '')),
    displayTerms: () => [],
    isUncommon: () => false,
    toSimplified: (text) => text,
    numbered: (mark) => mark,
  };
}

/** Characters of placeholder ruby laid out per task: the annotator's own task waits at most one of these. */
const SLICE_CHARS = 250;

/** Whether the annotator has arrived in this script's world (it sets this global as it finishes loading). */
const annotatorHere = (): boolean => '__dubaoAnnotator' in globalThis;

/**
 * From the next task on, while `loading` has not settled (a loaded annotator settles it at once),
 * the annotator is not here yet and pinyin is still off: lays the blocks on screen out with
 * placeholder ruby through `rehearse`, about SLICE_CHARS characters a task, and records
 * `dubao:ruby-placeheld` (first task's start to last task's end, with the characters laid out),
 * also when cut short.
 */
export function rehearsePlaceholders(
  ctx: PageContext,
  loading: Promise<unknown>,
  signal: AbortSignal,
  rehearse: (model: DisplayModel, blocks: readonly number[]) => void,
): void {
  let arrived = false;
  void loading.then(() => { arrived = true; }, () => { arrived = true; });
  const { state, doc } = ctx;
  const stop = (): boolean => arrived || annotatorHere() || signal.aborted || state.settings.pinyin !== 'off' || state.view !== 'repaired';
  let todo: number[] = [];
  let model: DisplayModel | null = null;
  let t0 = 0;
  let chars = 0;
  const record = (): void => void performance.measure('dubao:ruby-placeheld', { start: t0, end: performance.now(), detail: chars });
  const step = (): void => {
    if (stop()) {
      // Cut short by the annotator's arrival (or the reader's switch): what was laid out still counts.
      if (model) record();
      return;
    }
    const blocks = state.repaired()?.blocks ?? [];
    if (!model) {
      todo = [...blocksOnScreen(doc, state.root, state.blockEls)];
      if (todo.length === 0) return;
      t0 = performance.now();
      model = new DisplayModel(blocks, { ...state.settings, pinyin: 'all' }, placeholderAnnotator(), null, state.toggled, state.cn2t, new Map(), state.clickedWords);
    }
    const slice: number[] = [];
    for (let n = 0; todo.length && n < SLICE_CHARS; ) {
      const i = todo.shift() as number;
      slice.push(i);
      n += blocks[i]?.text.length ?? 0;
      chars += blocks[i]?.text.length ?? 0;
    }
    rehearse(model, slice);
    if (todo.length) later(doc.defaultView, step, 0);
    else record();
  };
  later(doc.defaultView, step, 0);
}
