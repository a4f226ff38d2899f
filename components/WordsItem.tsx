// One saved word in the library: the word (as written, simplified when different), its reading
// and meanings, and each sentence it was met in with a link back to the article. Text only.
import { Component } from 'preact';
import type { WordRecord, WordSentence } from '../lib/words/types';
import { shownMeanings } from '../lib/words/meanings';

/** The sentence with the word marked (<mark>), as text nodes. */
export function SentenceText({ s }: { s: Pick<WordSentence, 'text' | 'start' | 'end'> }) {
  return (
    <>
      {s.text.slice(0, s.start)}
      <mark class="words-hit">{s.text.slice(s.start, s.end)}</mark>
      {s.text.slice(s.end)}
    </>
  );
}

export interface WordsItemProps {
  record: WordRecord;
  t: (key: string, substitutions?: string | string[]) => string;
  onOpen: (url: string) => void;
  onDelete: (record: WordRecord) => void;
}

/** Local date of a time, YYYY-MM-DD. */
export const localDate = (ms: number): string => {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function WordsItem({ record: r, t, onOpen, onDelete }: WordsItemProps) {
  return (
    <li class="words-item" data-word={r.word}>
      <p class="words-head">
        <span class="words-word" lang="zh">{r.written}</span>
        {r.word !== r.written && <span class="words-simplified" lang="zh-Hans">{r.word}</span>}
        {r.reading && <span class="words-reading">{r.reading}</span>}
      </p>
      {r.meanings.length > 0 && <p class="words-meaning">{shownMeanings(r).join('; ')}</p>}
      <ul class="words-sentences" aria-label={t('wordsSentences', r.written)}>
        {r.sentences.map((s) => (
          <li key={`${s.url} ${s.start} ${s.seenAt}`}>
            <span lang="zh"><SentenceText s={s} /></span>{' '}
            <button type="button" class="link words-source" onClick={() => onOpen(s.url)} title={s.url}>
              {[s.paper, s.date ?? '', s.title ? `《${s.title}》` : ''].filter(Boolean).join(' ')}
            </button>
          </li>
        ))}
      </ul>
      <p class="words-meta">
        {t('wordsMeta', [localDate(r.firstSeen), String(r.lookups), localDate(r.due)])}{' '}
        <button type="button" class="link danger words-delete" onClick={() => onDelete(r)} aria-label={t('wordsDeleteNamed', r.written)}>
          {t('wordsDelete')}
        </button>
      </p>
    </li>
  );
}

/**
 * A word of the list drawn again only when its record or the interface's words change: the list
 * grows a page at a time to thousands of words, and drawing every one again for each page added,
 * each delete and each Undo made the reader wait seconds with 2,000 shown. `onOpen` and `onDelete`
 * must stay the same functions for the list's life (the list passes ones that read its current state).
 */
export class WordsRow extends Component<WordsItemProps> {
  override shouldComponentUpdate(next: WordsItemProps): boolean {
    return next.record !== this.props.record || next.t !== this.props.t;
  }

  override render() {
    return <WordsItem {...this.props} />;
  }
}
