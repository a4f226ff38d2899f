// The reader's own glossary terms (added from a selection on the page): the list, editing in
// place (saved when focus leaves the fields or with Ctrl+Enter; Esc cancels), delete with undo,
// export and import as JSON (lib/terms-io.ts). Used by the popup panel and the library page.
// Terms and explanations reach the DOM only as text nodes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TermImportSummary, TermInput, TermRecord } from '../lib/messages';
import { DEFAULT_MAX_TERMS_BYTES, toTermsJson } from '../lib/terms-io';
import type { Send } from '../lib/send';
import type { TermEditRequest } from '../lib/term-editor-link';
import { ImportStatusView, explainImportError, useFileImport } from './FileImport';
import { TermItem } from './TermItem';
import { useListFocus } from './list-focus';
import './TermList.css';

/** What the term list needs from the outside world. */
export interface TermApi {
  t: (key: string, substitutions?: string | string[]) => string;
  allTerms: () => Promise<TermRecord[]>;
  /** Adds or changes a term ('terms:put'); rejects with the reason it was refused. */
  putTerm: (term: TermInput) => Promise<TermRecord>;
  deleteTerm: (id: string) => Promise<TermRecord | null>;
  /** Sends a terms export to the background; rejects with the reason it was refused. */
  importTerms: (text: string) => Promise<TermImportSummary>;
  /** Saves a file (Blob + object URL + `<a download>`). */
  download: (filename: string, text: string, mime: string) => void;
  /** A term to open in its editor with a new explanation filled in (the library opened from a page: lib/term-editor-link.ts). */
  editRequest?: TermEditRequest | null;
}

/** The term calls of TermApi as background messages (the popup and the library share them). */
export function termCalls(send: Send): Pick<TermApi, 'allTerms' | 'putTerm' | 'deleteTerm' | 'importTerms'> {
  return {
    allTerms: () => send({ type: 'terms:list' }),
    putTerm: (term) => send({ type: 'terms:put', term }),
    deleteTerm: (id) => send({ type: 'terms:delete', id }),
    importTerms: (text) => send({ type: 'terms:import', text }),
  };
}

/** How long "Undo" stays after a delete. */
export const TERM_UNDO_MS = 6000;

/** `dubao-terms-2025-03-09.json` (local date). */
export function termsFileName(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `dubao-terms-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const byTerm = (a: TermRecord, b: TermRecord): number => a.term.localeCompare(b.term, 'zh-Hans-CN') || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
const sorted = (list: readonly TermRecord[]): TermRecord[] => [...list].sort(byTerm);
/** `list` with `record` in place of the one with its id (or added), sorted. */
const withTerm = (list: readonly TermRecord[], record: TermRecord): TermRecord[] => sorted([...list.filter((r) => r.id !== record.id), record]);

export interface TermListProps {
  api: TermApi;
  variant?: 'popup' | 'library';
  /** Terms rendered at first and added by each "Show more". */
  pageSize?: number;
  undoMs?: number;
}


export function TermList({ api, variant = 'popup', pageSize = 20, undoMs = TERM_UNDO_MS }: TermListProps) {
  const { t } = api;
  const [terms, setTerms] = useState<TermRecord[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<TermRecord | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Deletes still on their way to the background, by id (an undo waits for its delete). */
  const deleting = useRef(new Map<string, Promise<unknown>>());
  /** The list as it is now, for callbacks that run after an await. */
  const current = useRef<TermRecord[]>([]);
  const section = useRef<HTMLElement>(null);
  /** Where the keyboard focus goes once the list has drawn the last change: term `id`'s delete button, or (null) the heading. */
  const focus = useListFocus(section, { item: '.term-item', data: 'termId', control: (id) => `[data-term-id="${CSS.escape(id)}"] .danger`, fallbacks: ['h2'] });
  const update = (next: TermRecord[]): void => {
    current.current = next;
    setTerms(next);
  };

  /** The term opened in its editor with the explanation a page proposed, once, when the list first loads. */
  const [proposal, setProposal] = useState<{ id: string; explanation: string } | null>(null);
  const proposed = useRef(false);
  const load = (): void => {
    api.allTerms().then(
      (list) => {
        const all = sorted(list);
        update(all);
        setLoadError(null);
        const want = api.editRequest;
        const at = want && !proposed.current ? all.findIndex((r) => r.term === want.term) : -1;
        proposed.current = true;
        if (want && at >= 0) {
          setLimit((l) => Math.max(l, at + 1));
          setProposal({ id: (all[at] as TermRecord).id, explanation: want.explanation });
        }
      },
      (e: unknown) => setLoadError(message(e)),
    );
  };
  useEffect(() => {
    load();
    return () => {
      if (undoTimer.current) clearTimeout(undoTimer.current);
    };
  }, []);

  /** Saves an edit; rejects with a message for the reader (the item shows it and stays open). */
  const save = async (record: TermRecord, input: { term: string; explanation: string }): Promise<void> => {
    setError(null);
    if (current.current.some((r) => r.id !== record.id && r.term === input.term)) throw new Error(t('termDuplicate', input.term));
    let saved: TermRecord;
    try {
      saved = await api.putTerm({ id: record.id, term: input.term, explanation: input.explanation });
    } catch (e) {
      throw new Error(t('termSaveFailed', message(e)));
    }
    update(withTerm(current.current, saved));
  };

  const showUndo = (r: TermRecord | null): void => {
    if (undoTimer.current) clearTimeout(undoTimer.current);
    setUndo(r);
    undoTimer.current = r
      ? setTimeout(() => {
          // A reader who tabbed to Undo and waited: the button goes, the focus stays in the list.
          if (section.current?.querySelector('.term-undo')?.contains(document.activeElement)) focus.want.current = { id: null };
          setUndo(null);
        }, undoMs)
      : null;
  };

  const remove = (r: TermRecord): void => {
    setError(null);
    focus.want.current = { id: focus.neighbour(r.id) };
    update(current.current.filter((x) => x.id !== r.id));
    showUndo(r);
    const pending = api.deleteTerm(r.id).then(
      () => undefined,
      (e: unknown) => {
        update(withTerm(current.current, r));
        showUndo(null);
        setError(t('termSaveFailed', message(e)));
      },
    );
    deleting.current.set(r.id, pending);
    void pending.finally(() => {
      if (deleting.current.get(r.id) === pending) deleting.current.delete(r.id);
    });
  };

  const undoDelete = async (): Promise<void> => {
    const r = undo;
    showUndo(null);
    if (!r) return;
    setError(null);
    focus.want.current = { id: r.id };
    update(withTerm(current.current, r));
    await deleting.current.get(r.id);
    try {
      update(withTerm(current.current, await api.putTerm({ id: r.id, term: r.term, explanation: r.explanation })));
    } catch (e) {
      update(current.current.filter((x) => x.id !== r.id));
      setError(t('termSaveFailed', message(e)));
    }
  };

  const importer = useFileImport({
    t,
    maxBytes: DEFAULT_MAX_TERMS_BYTES,
    tooLarge: t('termsImportTooLarge', String(Math.round(DEFAULT_MAX_TERMS_BYTES / 1024 / 1024))),
    failed: t('termsImportFailed'),
    run: async (text) => {
      const summary = await api.importTerms(text);
      load();
      return { text: t('termsImported', [String(summary.added), String(summary.updated)]), detail: summary.warnings.length > 0 ? explainImportError(t, summary.warnings.join('\n')) : undefined };
    },
  });

  const shown = terms ? terms.slice(0, limit) : [];
  const remaining = terms ? terms.length - shown.length : 0;

  return (
    <section ref={section} aria-labelledby="dubao-terms-h" class={`card term-card term-${variant}`}>
      <h2 id="dubao-terms-h" tabIndex={-1}>{t('termsHeading')}</h2>
      {loadError && <p class="error" role="alert">{t('storageError', loadError)}</p>}
      {!terms && !loadError && <p class="muted">{t('loading')}</p>}
      {terms && terms.length === 0 && <p class="muted">{t('termsNone')}</p>}
      {terms && terms.length > 0 && (
        <>
          <p class="term-count meta" aria-live="polite">{t('termsCount', String(terms.length))}</p>
          <ul class="term-list">
            {shown.map((r) => (
              <TermItem key={r.id} t={t} record={r} onSave={save} onDelete={remove} proposed={proposal?.id === r.id ? proposal.explanation : undefined} />
            ))}
          </ul>
          {remaining > 0 && (
            <button type="button" class="secondary term-more" onClick={() => setLimit((l) => l + pageSize)}>
              {t('termsShowMore', String(remaining))}
            </button>
          )}
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {undo && (
        <div class="term-undo" role="status">
          <span>{t('termDeleted', undo.term)}</span>
          <button type="button" aria-label={t('termUndoLabel', undo.term)} onClick={() => void undoDelete()}>
            {t('termUndo')}
          </button>
        </div>
      )}
      {terms && (
        <div class="term-transfer">
          <div class="row">
            <button
              type="button"
              class="secondary"
              disabled={terms.length === 0}
              aria-label={t('termsExportLabel', String(terms.length))}
              onClick={() => api.download(termsFileName(), toTermsJson(current.current), 'application/json;charset=utf-8')}
            >
              {t('termsExport')}
            </button>
            <button type="button" class="secondary" disabled={importer.busy} aria-label={t('termsImportLabel')} onClick={importer.choose}>
              {t('termsImport')}
            </button>
            {importer.input(t('termsImportFile'))}
          </div>
          <ImportStatusView status={importer.status} prefix="term" />
        </div>
      )}
    </section>
  );
}
