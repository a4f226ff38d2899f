// A 名单's row may open with the label of its group (`桃城区：`, `一等奖：`) and give each name with what it stands
// for (`李建国家庭`, as a 最美家庭 list does): without them the row is names only, as `isNameListLine` reads it.
// (`桃城区：李建国家庭　王秀兰家庭　赵志强家庭` / `冀州区：孙立新家庭　…`, one row to an element, are rows of a list.)

/** The label of a list's group, two to six characters and a colon, opening the row. */
const GROUP_LABEL = /^[\u4e00-\u9fff]{2,6}[：:][ \u3000]*/u;
/** A name of two to four characters standing for a household (`李建国家庭`), between spaces. */
const HOUSEHOLD = /(?<=^|[ \u3000])([\u4e00-\u9fff·]{2,4})家庭(?=$|[ \u3000])/gu;

/** The row `t` (trimmed) without its group's label and with each household read as its name. */
export function bareNames(t: string): string {
  const rest = t.replace(GROUP_LABEL, '');
  // A label with nothing after it, or a row with no space after the label, is no row of names.
  return rest === t || /[ \u3000]/u.test(rest) ? rest.replace(HOUSEHOLD, '$1') : t;
}

/**
 * `优秀组织奖：碧江区人社局　万山区总工会　松桃苗族自治县人社局`: a group's label and three or more items (units,
 * names) parted by full-width spaces, no mark of a sentence — a row of a list, not a sentence a line end cut.
 */
export function isLabelledItemRow(t: string): boolean {
  const m = GROUP_LABEL.exec(t.trim());
  if (!m) return false;
  const items = t.trim().slice(m[0].length).split(/\u3000+/u);
  return items.length >= 3 && items.every((x) => /^[\u4e00-\u9fff·]{2,14}$/u.test(x));
}
