// The body of a round's glossary entry tests (tests/unit/glossary-devNN-entries.test.ts): sentences where the
// round's entries are underlined as the term, sentences where their characters are left alone, and the checks
// a round adds of its own, each file giving its round's sentences and titles. One matcher, with the word list the
// extension segments by, built on first use (the unit tests share a worker's modules, so the files share it too).
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';

type Matcher = ReturnType<typeof buildGlossaryMatcher>;

/** The file's matcher and what it reads in a text: the spans it underlines and the entries they stand for. */
export interface Glossary {
  matcher: Matcher;
  matched: (text: string) => string[];
  ids: (text: string) => string[];
}

let built: Matcher | undefined;
const matcherOnce = (): Matcher => (built ??= buildGlossaryMatcher(undefined, glossaryWords()));

export const glossary: Glossary = {
  get matcher() {
    return matcherOnce();
  },
  matched: (text) => matcherOnce().match(text).map((m) => text.slice(m.start, m.end)),
  ids: (text) => matcherOnce().match(text).map((m) => m.id),
};

/** Further checks of a block, by title, run after its sentences. */
export type Extras = Readonly<Record<string, (g: Glossary) => void>>;

function extrasOf(extras: Extras | undefined): void {
  for (const [title, check] of Object.entries(extras ?? {})) it(title, () => check(glossary));
}

/**
 * `[text, form]`: a span the matcher underlines in `text` holds `form` (it may run on over a work noun the
 * matcher takes with the term); `[text, form, id]`: and the entry `id` is among those it reads there.
 */
export function underlinedBlock(title: string, cases: readonly (readonly [string, string] | readonly [string, string, string])[], extras?: Extras): void {
  describe(title, () => {
    it.each(cases)('%s → %s', (text: string, form: string, id?: string) => {
      expect(glossary.matched(text).some((m) => m.includes(form)), glossary.matched(text).join(' ')).toBe(true);
      if (id !== undefined) expect(glossary.ids(text)).toContain(id);
    });
    extrasOf(extras);
  });
}

/** `[text, chars]`: `chars` is in `text`, and no span the matcher underlines there overlaps them. */
export function leftAloneBlock(title: string, cases: readonly (readonly [string, string])[], extras?: Extras): void {
  describe(title, () => {
    it.each(cases)('%s (nothing over %s)', (text: string, chars: string) => {
      const [a, b] = [text.indexOf(chars), text.indexOf(chars) + chars.length];
      expect(a).toBeGreaterThanOrEqual(0);
      expect(glossary.matcher.match(text).filter((m) => m.start < b && a < m.end).map((m) => text.slice(m.start, m.end))).toEqual([]);
    });
    extrasOf(extras);
  });
}

/** `[text, id]`: the matcher reads no span of `text` as the entry `id`. */
export function leftAloneByIdBlock(title: string, cases: readonly (readonly [string, string])[], extras?: Extras): void {
  describe(title, () => {
    it.each(cases)('%s (no %s)', (text: string, id: string) => {
      expect(glossary.ids(text)).not.toContain(id);
    });
    extrasOf(extras);
  });
}
