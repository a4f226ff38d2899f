import type { TermMatch } from './types';

/**
 * The glossary cards a detected term holds inside it, each once, in text order
 * (社会救助主动发现机制 → 社会救助; 村社事务准入制度 → 村社). The detected mark hides their own marks
 * (`withoutInside` in ./detect.ts), so the detected term's card links to them instead. Pure.
 */
export function cardsInside(term: string, match: (text: string) => readonly TermMatch[]): { id: string; term: string }[] {
  const seen = new Set<string>();
  const out: { id: string; term: string }[] = [];
  for (const m of match(term)) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push({ id: m.id, term: m.term });
  }
  return out;
}
