// A 名单's row may open with the label of its group (`桃城区：`, `一等奖：`) and give each name with what it stands
// for (`李建国家庭`, as a 最美家庭 list does): without them the row is names only, as `isNameListLine` reads it.
// (`桃城区：李建国家庭　王秀兰家庭　赵志强家庭` / `冀州区：孙立新家庭　…`, one row to an element, are rows of a list.)

/** The label of a list's group, two to six characters and a colon, opening the row. */
const GROUP_LABEL = /^[\u4e00-\u9fff]{2,6}[：:][ \u3000]*/u;
/**
 * A name of two to four characters standing for a household (`李建国家庭`), between spaces; a two-character name may be
 * padded by print (`易　敏家庭`, read as `易　敏`).
 */
const HOUSEHOLD = /(?<=^|[ \u3000])([\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])家庭(?=$|[ \u3000])/gu;

/**
 * A name of two to four characters followed by where the person comes from or works, in brackets (`王　强（北京）`,
 * `刘志刚（江苏）`, as a 获奖名单 gives each name), between spaces.
 */
const NAME_PLACE = /(?<=^|[ \u3000])([\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,12}[)）](?=$|[ \u3000])/gu;

/** `燕（广西）`: the rest of a name a print line cut (`…　黄晓` / `燕（广西）`), with its place in brackets. */
const NAME_PLACE_REST = /^[\u4e00-\u9fff·]{1,3}[（(][\u4e00-\u9fff]{2,12}[)）](?=$|[ \u3000])/u;
export const opensNamePlaceRest = (t: string): boolean => NAME_PLACE_REST.test(t.trim());

/** The row `t` (trimmed) without its group's label and with each household (or name with its place) read as its name. */
export function bareNames(t: string): string {
  const rest = t.replace(GROUP_LABEL, '');
  // A label with nothing after it, or a row with no space after the label, is no row of names.
  return rest === t || /[ \u3000]/u.test(rest) ? rest.replace(HOUSEHOLD, '$1').replace(NAME_PLACE, '$1') : t;
}

/** Common family names (the 120 most frequent, covering most of the population), for a byline (`□ 李明远`) and a 名单's names. */
export const SURNAMES: ReadonlySet<string> = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乜楼'],
);
const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|长孙|夏侯|公孙)/u;
export const isSurnamed = (n: string): boolean => SURNAMES.has(n[0] as string) || COMPOUND_SURNAME.test(n);

/** A 名单 row opening with its group's label and a whole first name (`枣强县：高永红家庭　陈…`): a new row, never the cut rest of one. */
const GROUP_ROW = new RegExp(`${GROUP_LABEL.source}([\\u4e00-\\u9fff·]{2,4}?)(?:家庭)?[ \\u3000]`, 'u');
export function opensGroupRow(t: string): boolean {
  const m = GROUP_ROW.exec(t.trim());
  return m !== null && isSurnamed(m[1] as string);
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

/** What a unit's name ends with in a 名单 row after a person's name (`江苏悦达起亚汽车有限公司`, `射阳县特庸镇卫生院`). */
const UNIT_END = '(?:公司|集团|医院|卫生院|中心|学校|小学|中学|大学|学院|幼儿园|局|委员会|办公室|研究所|研究院|站|厂|馆|产业园|街道|社区|大队|支队)';
const PERSON = '([\\u4e00-\\u9fff]{2,3}|[\\u4e00-\\u9fff]\\u3000[\\u4e00-\\u9fff])';
const NAME_UNIT_ROW = new RegExp(`^${PERSON}[ \\u3000]+[\\u4e00-\\u9fff（）]{2,24}${UNIT_END}$`, 'u');
/** A row opening as one: a person's name, a full-width space and the unit's first characters (`李　娜　盐城市第一人`, cut). */
const NAME_UNIT_OPENING = new RegExp(`^${PERSON}\\u3000+[\\u4e00-\\u9fff]{2}`, 'u');

/**
 * `王建国　江苏悦达起亚汽车有限公司`, `李　娜　盐城市第一人民医院`: a 名单 row of one person (a family name first, a
 * two-character name print padded) and the unit they work in — a row of the list, never a sentence a line end cut.
 */
export function isNameUnitRow(t: string): boolean {
  const m = NAME_UNIT_ROW.exec(t.trim());
  return m !== null && isSurnamed(m[1] as string);
}

/** `t` opens as a name-and-unit row does (see `isNameUnitRow`), its unit perhaps cut by the print line. */
export function opensNameUnitRow(t: string): boolean {
  const m = NAME_UNIT_OPENING.exec(t.trim());
  return m !== null && isSurnamed(m[1] as string);
}

/** A field's label opening a line (`公示时间：…`, `联系电话：…`): the notice's next part after a list. */
const FIELD_LABEL = /^[\u4e00-\u9fff]{2,6}[：:]/u;

/**
 * A name-and-unit row (see `isNameUnitRow`) ends before the next such row and before the line with a sentence's mark or a
 * field's label under the list (`公示时间：…`): after an element's break (`apart`), and in print lines with no empty line
 * between them where the row is short of its column (`short`; a line in no measured column counts as short), or where it
 * fills its column and the next row opens the next line. A row a full line cut (its unit going on, `…第一人` / `民医院`) is
 * no whole row and goes on.
 */
export function nameUnitRowEnds(para: string, next: string, apart: boolean, short: boolean): boolean {
  if (!isNameUnitRow(para)) return false;
  // A whole row that fills its column ends too where the next line opens the next row: a unit the line end cut goes on
  // with its own words (`…江苏宝胜科技创` / `新股份有限公司`), never with a name and its space.
  if (!(apart || short)) return opensNameUnitRow(next);
  return opensNameUnitRow(next) || /[，。；！？、]/u.test(next) || FIELD_LABEL.test(next);
}
