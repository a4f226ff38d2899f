/**
 * The glossary data: every entry of `assets/glossary/*.json`, one file per category, combined
 * in a fixed order. The JSON is validated by `tests/unit/glossary-data.test.ts`.
 */
import type { GlossaryEntry } from './types';
import { EDGE_WORDS } from './edge-words.generated';
import { splitWords } from './lexicon';
import { buildMatcher, type TermMatcher } from './matcher';
import medicalInsurance from '../../assets/glossary/medical-insurance.json';
import socialSecurity from '../../assets/glossary/social-security.json';
import finance from '../../assets/glossary/finance.json';
import partyGovernance from '../../assets/glossary/party-governance.json';
import govServices from '../../assets/glossary/gov-services.json';
import economy from '../../assets/glossary/economy.json';
import rural from '../../assets/glossary/rural.json';
import urbanEnvironment from '../../assets/glossary/urban-environment.json';
import educationScience from '../../assets/glossary/education-science.json';
import energyUtilities from '../../assets/glossary/energy-utilities.json';
import elderlyChildCare from '../../assets/glossary/elderly-child-care.json';
import zhejiangProgrammes from '../../assets/glossary/zhejiang-programmes.json';
import slogans from '../../assets/glossary/slogans.json';
import justiceSafety from '../../assets/glossary/justice-safety.json';
import cultureSociety from '../../assets/glossary/culture-society.json';

/** The raw JSON files, in category order. */
const FILES: readonly (readonly unknown[])[] = [
  medicalInsurance,
  socialSecurity,
  finance,
  partyGovernance,
  govServices,
  economy,
  rural,
  urbanEnvironment,
  educationScience,
  energyUtilities,
  elderlyChildCare,
  zhejiangProgrammes,
  slogans,
  justiceSafety,
  cultureSociety,
];

/** Every glossary entry, grouped by category in the order of `GLOSSARY_CATEGORIES`. */
export const GLOSSARY: readonly GlossaryEntry[] = Object.freeze(
  FILES.flatMap((file) => file as readonly GlossaryEntry[]),
);

const BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.id, e]));

/** The entry with this id, or `undefined`. */
export function entryById(id: string): GlossaryEntry | undefined {
  return BY_ID.get(id);
}

/** The segmentation lexicon: dictionary words that overlap a glossary form (`./lexicon.ts`). */
export const GLOSSARY_WORDS: readonly string[] = Object.freeze(splitWords(EDGE_WORDS));

/**
 * A word-aware matcher over the whole glossary (segmenting with {@link GLOSSARY_WORDS}) and
 * optional extra forms (surface form → id: traditional forms, a reader's own terms).
 */
export function buildGlossaryMatcher(extraForms?: ReadonlyMap<string, string>): TermMatcher {
  return buildMatcher(GLOSSARY, extraForms, { words: GLOSSARY_WORDS });
}
