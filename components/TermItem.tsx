// One of the reader's own glossary terms in the term list (components/TermList.tsx): shown as
// text, or edited in place — saved when focus leaves the fields or with Ctrl+Enter, Esc cancels.
// The term and its explanation reach the DOM only as text nodes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TermRecord } from '../lib/messages';
import { TERM_LIMITS } from '../lib/records';
import { shortQuote } from './HighlightItem';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A term, the UI strings, and what saving or deleting it does. */
export interface TermItemProps {
  t: (key: string, substitutions?: string | string[]) => string;
  record: TermRecord;
  onSave: (record: TermRecord, input: { term: string; explanation: string }) => Promise<void>;
  onDelete: (record: TermRecord) => void;
  /** An explanation proposed for this term: the item opens in its editor with it filled in, not yet saved. */
  proposed?: string;
}

/** One term: shown as text, or edited in place. */
export function TermItem({ t, record, onSave, onDelete, proposed }: TermItemProps) {
  const [editing, setEditing] = useState(proposed !== undefined);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const termField = useRef<HTMLInputElement>(null);
  const explanationField = useRef<HTMLTextAreaElement>(null);
  /** True while the fields are open, so that a blur after saving or cancelling does nothing. */
  const open = useRef(proposed !== undefined);
  const pending = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  /** Set when the edit ends from the keyboard (Ctrl+Enter, Escape): the focus returns to the edit button, not to the page's body. */
  const refocus = useRef(false);
  useEffect(() => {
    if (editing) termField.current?.focus();
    else if (refocus.current) {
      refocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  useEffect(() => {
    // A proposed explanation: shown in the editor, the reader's eye and focus on it.
    if (proposed === undefined) return;
    box.current?.scrollIntoView?.({ block: 'center' });
    explanationField.current?.focus();
  }, []);

  const close = (): void => {
    open.current = false;
    setEditing(false);
    setError(null);
  };
  const startEditing = (): void => {
    open.current = true;
    refocus.current = false;
    setError(null);
    setEditing(true);
  };
  const finish = async (save: boolean): Promise<void> => {
    if (!open.current || pending.current) return;
    const term = (termField.current?.value ?? record.term).trim();
    const explanation = explanationField.current?.value ?? record.explanation;
    if (!save || (term === record.term && explanation === record.explanation)) return close();
    if (term === '') {
      setError(t('termEmpty'));
      return;
    }
    pending.current = true;
    setSaving(true);
    try {
      await onSave(record, { term, explanation });
      close();
    } catch (e) {
      setError(message(e));
    } finally {
      pending.current = false;
      setSaving(false);
    }
  };
  const short = shortQuote(record.term);
  /** Keeps the focus in the fields when a button of the editor is pressed (no blur save first). */
  const keepFocus = (e: MouseEvent): void => e.preventDefault();

  return (
    <li class="term-item" data-term-id={record.id}>
      {editing ? (
        <div
          ref={box}
          class="term-edit"
          onFocusOut={(e) => {
            const next = (e as FocusEvent).relatedTarget;
            if (next instanceof Node && box.current?.contains(next)) return;
            void finish(true);
          }}
          onKeyDown={(e) => {
            // Keys that finish a Chinese input method's composition are not ours.
            if (e.isComposing) return;
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              refocus.current = true;
              void finish(true);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              refocus.current = true;
              void finish(false);
            }
          }}
        >
          <input
            ref={termField}
            class="term-term-edit"
            lang="zh"
            aria-label={t('termTermLabel')}
            defaultValue={record.term}
            maxLength={TERM_LIMITS.term}
            aria-invalid={error ? true : undefined}
            readOnly={saving}
          />
          <textarea
            ref={explanationField}
            class="term-expl-edit"
            aria-label={t('termExplanationLabel')}
            defaultValue={proposed ?? record.explanation}
            maxLength={TERM_LIMITS.explanation}
            rows={3}
            readOnly={saving}
          />
          <p class="term-hint">{t('termEditHint')}</p>
          <div class="term-actions">
            <button type="button" class="link" disabled={saving} onMouseDown={keepFocus} onClick={() => void finish(true)}>
              {t('termSave')}
            </button>
            <button type="button" class="link" disabled={saving} onMouseDown={keepFocus} onClick={() => void finish(false)}>
              {t('termCancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p class="term-term" lang="zh">{record.term}</p>
          {record.explanation.trim() !== '' ? <p class="term-expl">{record.explanation}</p> : <p class="term-expl muted">{t('termNoExplanation')}</p>}
          <div class="term-actions">
            <button ref={editButton} type="button" class="link" aria-label={t('termEditLabel', short)} onClick={startEditing}>
              {t('termEdit')}
            </button>
            <button type="button" class="link danger" aria-label={t('termDeleteLabel', short)} onClick={() => onDelete(record)}>
              {t('termDelete')}
            </button>
          </div>
        </>
      )}
      {error && <p class="error term-error" role="alert">{error}</p>}
    </li>
  );
}
