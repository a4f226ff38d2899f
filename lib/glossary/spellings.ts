/**
 * Other spellings of a stored glossary form that print the same term, derived when the matcher is
 * built, so that the data keeps one spelling and the text may use either. Pure.
 *
 * - A number written in figures or in Chinese: a count of 1–99 in figures directly before a Han
 *   character (15分钟便民生活圈 → 十五分钟便民生活圈, 山区26县 → 山区二十六县, 最后100米 → 最后一百米);
 *   and a Chinese count of two to ninety-nine directly before 项, 条 or 县 (十项重大工程 → 10项重大工程;
 *   not 一: 一县一策 is a formula, not a count).
 *   Figures that are a name or a code are left alone: three or more digits other than 100
 *   (12345热线, “141”), digits next to a Latin letter or sign (415X, 1+X, 5A级, 1%).
 * - 的 left out between a modifier and a noun phrase of three or more characters (新的社会阶层 →
 *   新社会阶层, 适度宽松的货币政策 → 适度宽松货币政策), but not 党的 (党的二十届四中全会 names the Party)
 *   and not in a saying holding 是 or 、 (房子是用来住的、不是用来炒的).
 * 之 is never dropped: it is part of the name (儿童之家, 之江实验室).
 * - 个 between a count and 县 (山区26县 → 山区26个县, 山区二十六个县).
 * - A percentage of 1–99 written out (全国1%人口抽样调查 → 全国百分之一人口抽样调查).
 * - The ordinal of a national census before or after 全国 (第三次全国国土调查 → 全国第三次国土调查).
 * - 、 between the parallel parts of a formula that repeat a character at a fixed step, at their
 *   start or at their end (碳达峰碳中和 → 碳达峰、碳中和, 大湾区大花园大通道大都市区建设 → 大湾区、大花园、
 *   大通道、大都市区建设, 党务村务财务公开 → 党务、村务、财务公开); a form that holds 、 already is left.
 * - 深度 before the 融合 of an integration, or left out (文旅融合 → 文旅深度融合, 两化融合 → 两化深度融合,
 *   数字经济和实体经济深度融合 → 数字经济和实体经济融合): the same integration, said more strongly.
 * - A hyphen for the dash between two names or figures (白鹤滩—浙江… → 白鹤滩-浙江…), and a Roman
 *   numeral of a water class in Latin capitals or as one character (Ⅲ类水 → III类水, 劣V类水 → 劣Ⅴ类水).
 */

const DIGITS = '〇一二三四五六七八九';

/** A count of 1–99 (or 100) in Chinese, as news prints it (15 → 十五, 26 → 二十六, 100 → 一百). */
export function chineseCount(n: number): string {
  if (n === 100) return '一百';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 && tens > 0 ? '' : (DIGITS[ones] as string));
}

/** The value of a Chinese count of 1–99 (十五 → 15, 二十六 → 26), or null when it is not one. */
export function countValue(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (m === null || s === '' || (m[1] !== undefined && m[2] === undefined && m[3] !== undefined)) return null;
  const digit = (c: string | undefined): number => (c === undefined ? 0 : DIGITS.indexOf(c));
  if (m[2] === undefined) return digit(m[1]);
  return (m[1] === undefined ? 1 : digit(m[1])) * 10 + digit(m[3]);
}

const FIGURES = /(?<![\dA-Za-z+.%±])(\d{1,3})(?=\p{Script=Han})/gu;
const CHINESE_COUNT = /(?<![一二三四五六七八九十百千万两\d])([一二三四五六七八九十]{1,3})(?=[项条县])/gu;
const OPTIONAL_DE = /(?<=\p{Script=Han})的(?=\p{Script=Han}{3})/gu;
const COUNT_BEFORE_COUNTY = /(?<=\d|[二三四五六七八九十])县/gu;
const PERCENT = /(?<![\d.])(\d{1,2})%/gu;
const CENSUS_ORDINAL = /^(第[一二三四五六七八九十]{1,3}次)全国|^全国(第[一二三四五六七八九十]{1,3}次)/u;
const INTEGRATION = /(?<=\p{Script=Han}{2})(深度)?融合(?=(发展)?$)/u;
const DASH = /(?<=[\p{Script=Han}\d])—(?=[\p{Script=Han}\d])/gu;
const HYPHEN = /(?<=[\p{Script=Han}\d])-(?=[\p{Script=Han}\d])/gu;
/** Roman numerals as one character (U+2160…) and in Latin capitals, I to XII. */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN_CHAR = /[\u2160-\u216b]/gu;
const LATIN_CLASS = /(?<![A-Za-z])(XII|XI|IX|IV|VIII|VII|VI|V|X|III|II|I)(?=类)/gu;

/**
 * `form` with 、 between its parallel parts: parts of `step` (2 to 4) characters that begin with
 * the same character as the first part (two or more), or end with the same one (three or more),
 * the last part running to the end of the form; '' when there are none.
 */
export function enumerated(form: string): string {
  if (form.includes('、') || !/^\p{Script=Han}+$/u.test(form)) return '';
  for (let step = 2; step <= 4; step++) {
    for (const at of [0, step - 1]) {
      const c = form[at];
      let parts = 1;
      while (at + parts * step < form.length && form[at + parts * step] === c) parts++;
      // Parts that share their end are a list only from three on (党务、村务、财务; not 医保|参保登记,
      // 政务|服务中心). The last part runs to the end of the form: of two parts it is as long as the
      // first (碳达峰、碳中和; not 社区|社会组织, 待遇等|待期); of three or more it may go on (大都市区建设).
      const last = form.length - (parts - 1) * step;
      if (parts < (at === 0 ? 2 : 3) || last < step || (parts === 2 && last !== step)) continue;
      const cuts = Array.from({ length: parts - 1 }, (_, k) => (k + 1) * step);
      let out = '';
      let from = 0;
      for (const cut of cuts) {
        out += `${form.slice(from, cut)}、`;
        from = cut;
      }
      return out + form.slice(from);
    }
  }
  return '';
}

/** The other spellings of `form` (see the module comment), without `form` itself and without repeats. */
export function spellingVariants(form: string): string[] {
  const out = new Set<string>();
  const figures = form.replace(FIGURES, (all, d: string) => {
    const n = Number(d);
    return (d.length < 3 || n === 100) && n > 0 && n <= 100 && !d.startsWith('0') ? chineseCount(n) : all;
  });
  out.add(figures);
  out.add(form.replace(CHINESE_COUNT, (all, c: string) => ((countValue(c) ?? 0) >= 2 ? String(countValue(c)) : all)));
  if (!/[是、]/u.test(form)) out.add(form.replace(OPTIONAL_DE, (de, at: number) => (form[at - 1] === '党' ? de : '')));
  for (const f of [form, figures]) out.add(f.replace(COUNT_BEFORE_COUNTY, '个县'));
  out.add(form.replace(PERCENT, (all, d: string) => (Number(d) > 0 ? `百分之${chineseCount(Number(d))}` : all)));
  out.add(form.replace(CENSUS_ORDINAL, (all, before?: string, after?: string) => (before !== undefined ? `全国${before}` : `${after as string}全国`)));
  out.add(enumerated(form));
  out.add(form.replace(INTEGRATION, (all, deep?: string) => (deep === undefined ? '深度融合' : '融合')));
  out.add(form.replace(DASH, '-'));
  out.add(form.replace(HYPHEN, '—'));
  out.add(form.replace(ROMAN_CHAR, (c) => ROMAN[c.charCodeAt(0) - 0x2160] as string));
  out.add(form.replace(LATIN_CLASS, (r: string) => String.fromCharCode(0x2160 + ROMAN.indexOf(r))));
  out.delete(form);
  out.delete('');
  return [...out];
}
