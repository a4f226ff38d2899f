// The repair's figures on every scoring set, tuning and held-out apart: the generated print
// pages, and the fixture pages (extracted from their HTML like the content script does).
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { FIXTURES, fixtureDocument, fixtureGold } from './fixtures';
import { generatedPages, type GeneratedSet } from './reflow-sets';
import { scoreSet, type ScoredPage, type SetScore } from './set-score';

const inlinePre = (el: Element): boolean => /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');

/** Generated print pages of one set, repaired. */
export function generatedScored(set: GeneratedSet): ScoredPage[] {
  return generatedPages(set).map((p) => ({ name: p.name, gold: p.gold, system: reflowText(p.text, { punctuation: false }) }));
}

/** Fixture article pages of one part (manifest `heldout: true` or not), repaired. */
export function fixtureScored(heldout: boolean): ScoredPage[] {
  return FIXTURES.filter((p) => p.gold && (p.heldout === true) === heldout).map((page) => {
    const r = detect(page.url, fixtureDocument(page));
    const system = r?.body ? repairBody(r.body, { isPre: inlinePre }).blocks : [];
    return { name: page.file, gold: fixtureGold(page), system };
  });
}

/** Every figure, labelled. */
export function allFigures(): [string, SetScore][] {
  return [
    ['generated pages, tuning', scoreSet(generatedScored('tuning'))],
    ['generated pages, dev', scoreSet(generatedScored('dev'))],
    ['generated pages, dev2', scoreSet(generatedScored('dev2'))],
    ['generated pages, dev3', scoreSet(generatedScored('dev3'))],
    ['generated pages, dev4', scoreSet(generatedScored('dev4'))],
    ['generated pages, dev5', scoreSet(generatedScored('dev5'))],
    ['generated pages, dev6', scoreSet(generatedScored('dev6'))],
    ['generated pages, held-out', scoreSet(generatedScored('heldout'))],
    ['fixture pages, tuning', scoreSet(fixtureScored(false))],
    ['fixture pages, held-out', scoreSet(fixtureScored(true))],
  ];
}
