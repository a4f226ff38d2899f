// A 任免名单's rows: one appointment or removal a row, each ending in a semicolon (`任命林志强为浙江省科学技术厅厅长；`,
// `沈晓东为绍兴市发展和改革委员会主任；`, `免去何永明的浙江省科学技术厅厅长职务；`, `林志强的江西省科学技术厅厅长职务；`).
import { endsInSemicolon } from './colon-items';

/** A name of two to four characters, a two-character one padded to three (`周　敏`). */
const NAME = '[\\u4e00-\\u9fff](?:[\\u3000 ]?[\\u4e00-\\u9fff]){1,3}';
/** The verb a row may open with (`任命`, `免去`, `决定任命`), or none under a `任命：` head. */
const VERB = '(?:(?:决定)?(?:任命|免去|批准))?';
/** A row naming an office: `X为…` ending in the office (厅长, 主任, 委员, 审判员, 书记, 主席), or `X的…职务`; no clause mark inside. */
const ROW = new RegExp(`^[\\s\\u3000]*${VERB}${NAME}(?:为[^，。；,;！？：:“”]{2,50}(?:长|主任|委员|员|书记|主席)|的[^，。；,;！？：:“”]{2,50}职务)[；;][\\s\\u3000]*$`, 'u');
/** How the next row opens: the verb or none, a name, then 为 or 的. */
const ROW_START = new RegExp(`^[\\s\\u3000]*${VERB}${NAME}[为的]`, 'u');
/** Longer than any such row. */
const ROW_MAX = 80;

/**
 * The block `para` is a 任免名单's row ending in a semicolon and print line `next` opens the next row: the row ends there
 * (re-printed in pieces, `任命林志强为…厅长；` / `任命方晓燕为…厅长；` would otherwise read as one sentence's clauses).
 */
export const appointmentRowEnds = (para: string, next: string): boolean =>
  para.length <= ROW_MAX && endsInSemicolon(para) && ROW_START.test(next) && ROW.test(para);
