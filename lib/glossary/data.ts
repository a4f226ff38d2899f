/**
 * The glossary data: every entry of `assets/glossary/*.json`, one file per category, combined
 * in a fixed order. The JSON is validated by `tests/unit/glossary-data.test.ts`.
 */
import type { GlossaryEntry } from './types';
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
// 2024–25 vocabulary, one more file per category.
import medicalInsurance2025 from '../../assets/glossary/medical-insurance-2025.json';
import socialSecurity2025 from '../../assets/glossary/social-security-2025.json';
import finance2025 from '../../assets/glossary/finance-2025.json';
import partyGovernance2025 from '../../assets/glossary/party-governance-2025.json';
import govServices2025 from '../../assets/glossary/gov-services-2025.json';
import economy2025 from '../../assets/glossary/economy-2025.json';
import rural2025 from '../../assets/glossary/rural-2025.json';
import urbanEnvironment2025 from '../../assets/glossary/urban-environment-2025.json';
import educationScience2025 from '../../assets/glossary/education-science-2025.json';
import energyUtilities2025 from '../../assets/glossary/energy-utilities-2025.json';
import elderlyChildCare2025 from '../../assets/glossary/elderly-child-care-2025.json';
import zhejiangProgrammes2025 from '../../assets/glossary/zhejiang-programmes-2025.json';
import slogans2025 from '../../assets/glossary/slogans-2025.json';
import justiceSafety2025 from '../../assets/glossary/justice-safety-2025.json';
import cultureSociety2025 from '../../assets/glossary/culture-society-2025.json';
// 2026 additions: statistics, plans and sector vocabulary, one more file per category.
import medicalInsurance2026 from '../../assets/glossary/medical-insurance-2026.json';
import socialSecurity2026 from '../../assets/glossary/social-security-2026.json';
import finance2026 from '../../assets/glossary/finance-2026.json';
import partyGovernance2026 from '../../assets/glossary/party-governance-2026.json';
import govServices2026 from '../../assets/glossary/gov-services-2026.json';
import economy2026 from '../../assets/glossary/economy-2026.json';
import rural2026 from '../../assets/glossary/rural-2026.json';
import urbanEnvironment2026 from '../../assets/glossary/urban-environment-2026.json';
import educationScience2026 from '../../assets/glossary/education-science-2026.json';
import energyUtilities2026 from '../../assets/glossary/energy-utilities-2026.json';
import elderlyChildCare2026 from '../../assets/glossary/elderly-child-care-2026.json';
import zhejiangProgrammes2026 from '../../assets/glossary/zhejiang-programmes-2026.json';
import slogans2026 from '../../assets/glossary/slogans-2026.json';
import justiceSafety2026 from '../../assets/glossary/justice-safety-2026.json';
import cultureSociety2026 from '../../assets/glossary/culture-society-2026.json';

/** The raw JSON files, in category order, then the 2024–25 files, then the 2026 files. */
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
  medicalInsurance2025,
  socialSecurity2025,
  finance2025,
  partyGovernance2025,
  govServices2025,
  economy2025,
  rural2025,
  urbanEnvironment2025,
  educationScience2025,
  energyUtilities2025,
  elderlyChildCare2025,
  zhejiangProgrammes2025,
  slogans2025,
  justiceSafety2025,
  cultureSociety2025,
  medicalInsurance2026,
  socialSecurity2026,
  finance2026,
  partyGovernance2026,
  govServices2026,
  economy2026,
  rural2026,
  urbanEnvironment2026,
  educationScience2026,
  energyUtilities2026,
  elderlyChildCare2026,
  zhejiangProgrammes2026,
  slogans2026,
  justiceSafety2026,
  cultureSociety2026,
];

/** Every glossary entry, file by file in the order of `FILES`. */
export const GLOSSARY: readonly GlossaryEntry[] = Object.freeze(
  FILES.flatMap((file) => file as readonly GlossaryEntry[]),
);

const BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.id, e]));

/** The entry with this id, or `undefined`. */
export function entryById(id: string): GlossaryEntry | undefined {
  return BY_ID.get(id);
}

/**
 * A word-aware matcher over the whole glossary and optional extra forms (surface form → id:
 * traditional forms, a reader's own terms), segmenting with `words`: the dictionary words that
 * overlap a glossary form (`public/glossary/edge-words.txt`, `./lexicon.ts`), or those of them
 * that occur in the text to be matched. Without words every form occurrence on its own matches.
 */
export function buildGlossaryMatcher(extraForms?: ReadonlyMap<string, string>, words?: Iterable<string>): TermMatcher {
  return buildMatcher(GLOSSARY, extraForms, { words: words ?? [] });
}
