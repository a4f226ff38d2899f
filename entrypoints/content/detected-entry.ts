import { DETECTED_PREFIX, explainInArticle } from '../../lib/glossary/detect';
import { cardsInside } from '../../lib/glossary/inner-cards';
import type { TermMatch } from '../../lib/glossary/types';
import { shortSenses } from '../../lib/dict';
import type { CardEntry } from './card';

/** A dictionary look-up at an offset of a text: the longest word found there first. */
type Lookup = (text: string, offset: number) => Promise<readonly { word: string; entries: readonly { definitions: readonly string[] }[] }[]>;

/**
 * The card of jargon the glossary lacks: what the article (`blocks`, its own script) says about it
 * (the sentence that defines or first uses it, and its other sentences), CC-CEDICT's meaning of each
 * word in it and, as related terms, the glossary cards inside it that its mark hides (社会救助 in
 * 社会救助主动发现机制; `match` is the article's glossary matcher, null before it is loaded).
 */
export async function detectedEntry(term: string, blocks: string[], lookup: Lookup, match: ((text: string) => readonly TermMatch[]) | null): Promise<CardEntry> {
  const { definition, occurrences } = explainInArticle(term, blocks);
  const meanings: string[] = [];
  for (let i = 0; i < term.length; ) {
    const hit = (await lookup(term, i).catch(() => []))[0];
    const word = hit && term.startsWith(hit.word, i) ? hit.word : (term[i] as string);
    const defs = hit && word === hit.word ? shortSenses(hit.entries[0]?.definitions ?? []).join('; ') : '';
    meanings.push(defs ? `${word}: ${defs}` : word);
    i += word.length;
  }
  const others = occurrences.filter((s) => s !== definition);
  const related = match ? cardsInside(term, match) : [];
  return { id: DETECTED_PREFIX + term, term, pinyin: '', category: 'detected', scope: 'detected', gloss: '', zh: definition ?? '', en: meanings.join(' · '), items: others, related, detected: true };
}
