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
