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

/** The raw JSON files, in category order, then the 2024–25 files. */
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
 * Ordinary words that contain a glossary form but do not mean that term, passed to the matcher
 * as `ignore` forms so that, for example, 老人大多 ("old people mostly") is not taken for 人大
 * (the people's congress), nor 降低保费 ("lower premiums") for 低保 (the minimum allowance).
 */
export const GLOSSARY_IGNORE: readonly string[] = Object.freeze([
  // 人大 (people's congress)
  '人大多', '人大都', '人大概', '人大约', '人大部分', '人大量', '人大学', '人大小', '人大家', '人大人',
  '人大声', '人大胆', '人大笑', '人大喊', '人大叫', '人大门', '人大厅', '人大楼', '人大院', '人大病',
  // 低保 (minimum living allowance)
  '低保费', '低保险', '低保障', '低保护', '低保温', '低保鲜',
  // 村社 (villages and communities)
  '农村社会', '农村社区', '乡村社会', '乡村社区',
  // 网办 (done online)
  '联网办', '互联网办',
  // 双开 (double expulsion)
  '双开门', '双开间',
  // 集采 (centralised procurement)
  '集采纳', '集采访', '集采集', '集采用', '集采取', '集采样', '集采购',
  // 出圈 (go viral)
  '出圈子',
  // 链主 (chain leader)
  '链主要', '链主导', '链主体',
  // 浙商 (Zhejiang entrepreneurs)
  '浙商银行', '浙商证券', '浙商保险', '浙商期货', '浙商基金',
  // 标准地 (standard land)
  '标准地图', '标准地址', '标准地区', '标准地面',
  // 一把手 (the top official)
  '一把手枪', '一把手电', '一把手术刀',
  // 两会 (the two sessions)
  '两会儿',
  // 抓手 (lever)
  '抓手机', '抓手臂', '抓手腕', '抓手指',
  // 堵点 (blockage)
  '堵点火',
]);

/** A matcher over the whole glossary, with {@link GLOSSARY_IGNORE} and optional extra forms. */
export function buildGlossaryMatcher(extraForms?: ReadonlyMap<string, string>): TermMatcher {
  return buildMatcher(GLOSSARY, extraForms, { ignore: GLOSSARY_IGNORE });
}
