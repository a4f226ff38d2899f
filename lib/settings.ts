// Reader settings: their shape, defaults, and normalisation of whatever storage holds.
import type { ArticleView } from './messages';

/** Which characters get pinyin above them. */
export type PinyinMode = 'off' | 'all' | 'glossary' | 'uncommon';
/** How the article's characters are displayed. */
export type ScriptChoice = 'original' | 'simplified' | 'tw' | 'hk';

const PINYIN_MODES: readonly PinyinMode[] = ['off', 'all', 'glossary', 'uncommon'];
const SCRIPTS: readonly ScriptChoice[] = ['original', 'simplified', 'tw', 'hk'];

/**
 * Everything the reader can set (the repair always turns half-width punctuation inside Chinese
 * text full-width: "Original" shows the page as printed). These follow the reader through browser sync (lib/storage.ts);
 * the sites where Dubao is always on are per device (lib/storage.ts alwaysOnItem).
 */
export interface Settings {
  /** How an article opens: repaired or as the page printed it (the popup's "Articles open"). */
  defaultView: ArticleView;
  /** Pinyin over the article: off, every character, glossary terms, or uncommon characters. */
  pinyin: PinyinMode;
  /** Tone marks (yín) or tone numbers (yin2). */
  tone: 'mark' | 'number';
  /** Colour readings by tone. */
  toneColors: boolean;
  /** In "uncommon" mode, characters ranked beyond this in the frequency list get pinyin. */
  uncommonRank: number;
  /** Display the article as written, simplified, or traditional (Taiwan / Hong Kong). */
  script: ScriptChoice;
  /** Underline glossary terms every time they appear, only the first time per article, or not. */
  glossaryMarks: 'every' | 'first' | 'off';
  /** Show dictionary entries when the pointer rests on a word. */
  hoverDictionary: boolean;
  /** Mark saved words when they come back in an article (a dotted line). */
  wordMarks: boolean;
  /** Save every word looked up on a dictionary or glossary card. */
  wordAutoSave: boolean;
}

/** Defaults for a new install. */
export const DEFAULT_SETTINGS: Settings = {
  defaultView: 'repaired',
  pinyin: 'off',
  tone: 'mark',
  toneColors: false,
  uncommonRank: 1500,
  script: 'original',
  glossaryMarks: 'every',
  hoverDictionary: true,
  wordMarks: true,
  wordAutoSave: false,
};

/** Settings from storage, with anything missing or malformed replaced by its default. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    defaultView: r.defaultView === 'original' ? 'original' : 'repaired',
    pinyin: PINYIN_MODES.includes(r.pinyin as PinyinMode) ? (r.pinyin as PinyinMode) : DEFAULT_SETTINGS.pinyin,
    tone: r.tone === 'number' ? 'number' : 'mark',
    toneColors: r.toneColors === true,
    uncommonRank: typeof r.uncommonRank === 'number' && Number.isFinite(r.uncommonRank) ? Math.min(6000, Math.max(100, Math.round(r.uncommonRank))) : DEFAULT_SETTINGS.uncommonRank,
    script: SCRIPTS.includes(r.script as ScriptChoice) ? (r.script as ScriptChoice) : DEFAULT_SETTINGS.script,
    glossaryMarks: r.glossaryMarks === 'first' || r.glossaryMarks === 'off' ? r.glossaryMarks : 'every',
    hoverDictionary: r.hoverDictionary !== false,
    wordMarks: r.wordMarks !== false,
    wordAutoSave: r.wordAutoSave === true,
  };
}
