// One highlight in a list: its quote, its note (edited in place), open and delete.
// Quotes and notes reach the DOM only as text nodes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightRecord } from '../lib/highlights/types';

/** The article URL that opens at this highlight (the content script scrolls to it). */
export function highlightLink(r: Pick<HighlightRecord, 'url' | 'id'>): string {
  return `${r.url.replace(/#.*$/u, '')}#dubao-hl=${encodeURIComponent(r.id)}`;
}

/** The first characters of a quote, for accessible names. */
export function shortQuote(text: string, max = 24): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(one);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : one;
}

/**
 * A note longer than this many characters, or of more lines than NOTE_FOLD_LINES, is shown
 * folded (its first lines, with a button that unfolds it): one long note pasted from an article
 * made the popup thousands of pixels tall, and every other highlight was scrolled far away.
 */
export const NOTE_FOLD_CHARS = 280;
export const NOTE_FOLD_LINES = 6;

/** True when `note` is shown folded at first. */
export function foldsNote(note: string): boolean {
  return note.length > NOTE_FOLD_CHARS || note.split('\n').length > NOTE_FOLD_LINES;
}

interface ItemProps {
  t: (key: string, substitutions?: string | string[]) => string;
  record: HighlightRecord;
  orphan: boolean;
  onOpen: (url: string) => void;
  onSaveNote: (record: HighlightRecord, note: string) => void;
  onDelete: (record: HighlightRecord) => void;
}

export function HighlightItem({ t, record, orphan, onOpen, onSaveNote, onDelete }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [unfolded, setUnfolded] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  /** Set once an edit is saved or cancelled, so that the blur that follows does nothing. */
  const finished = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  /** Set when the edit ended from the keyboard (Ctrl+Enter, Escape): the focus returns to the edit button. */
  const refocus = useRef(false);
  useEffect(() => {
    if (editing) area.current?.focus();
    else if (refocus.current) {
      refocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const short = shortQuote(record.quote.exact);
  const link = highlightLink(record);
  const finish = (save: boolean, byKey = false): void => {
    if (finished.current) return;
    finished.current = true;
    refocus.current = byKey;
    const value = area.current?.value ?? record.note;
    setEditing(false);
    if (save && value !== record.note) onSaveNote(record, value);
  };
  const startEditing = (): void => {
    finished.current = false;
    setEditing(true);
  };

  return (
    <li class={`hl-item hl-${record.color}`} data-hl-id={record.id}>
      <blockquote class="hl-quote" lang="zh">{record.quote.exact}</blockquote>
      {orphan && <p class="hl-orphan">{t('hlNotFound')}</p>}
      {editing ? (
        <textarea
          ref={area}
          class="hl-note-edit"
          aria-label={t('hlNoteLabel')}
          defaultValue={record.note}
          rows={3}
          onBlur={() => finish(true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              finish(true, true);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              finish(false, true);
            }
          }}
        />
      ) : (
        record.note.trim() !== '' && (
          <>
            <p class={foldsNote(record.note) && !unfolded ? 'hl-note hl-note-folded' : 'hl-note'} id={`hl-note-${record.id}`}>{record.note}</p>
            {foldsNote(record.note) && (
              <button type="button" class="link hl-note-fold" aria-expanded={unfolded} aria-controls={`hl-note-${record.id}`} onClick={() => setUnfolded(!unfolded)}>
                {t(unfolded ? 'hlNoteLess' : 'hlNoteMore')}
              </button>
            )}
          </>
        )
      )}
      <div class="hl-actions">
        <a
          href={link}
          target="_blank"
          rel="noreferrer"
          aria-label={t('hlOpenLabel', short)}
          onClick={(e) => {
            e.preventDefault();
            onOpen(link);
          }}
        >
          {t('hlOpen')}
        </a>
        {!editing && (
          <button ref={editButton} type="button" class="link" aria-label={t(record.note ? 'hlEditNoteLabel' : 'hlAddNoteLabel', short)} onClick={startEditing}>
            {t(record.note ? 'hlEditNote' : 'hlAddNote')}
          </button>
        )}
        <button type="button" class="link danger hl-delete" aria-label={t('hlDeleteLabel', short)} onClick={() => onDelete(record)}>
          {t('hlDelete')}
        </button>
      </div>
    </li>
  );
}
