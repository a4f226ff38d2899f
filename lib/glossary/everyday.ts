/**
 * Glossary forms that are also plain everyday words, underlined only in a policy sense.
 *
 * 一盘棋 is a game of chess, 组合拳 a boxer's combination, 抓手 a handle, 堵点 a blocked pipe,
 * 兜底 "to cover what is left", 闭环 a control loop, 头雁 a lead goose, 土特产 a family's local
 * produce, 一肩挑 a carrying pole on one shoulder; M2 is also a chip and a screw size, DIP a switch
 * and a chip package. Their cards explain the policy sense (the whole-province chess game, the
 * grip of a campaign, the closed loop of handling a complaint, money supply, payment by disease
 * points), which is wrong in a sports report, a recipe or a repair story. Such a form is kept
 * only where it is set in quotation marks (the article names the term) or where its sentence
 * holds a word of policy prose ({@link POLICY_CUE}: 工作, 推进, 机制, 企业, 群众, 全市, 书记,
 * 财政, 货币 …). Pure.
 */

/** The forms (as stored, quotes stripped; Latin lower-cased) read as everyday words unless the sentence is policy prose. */
export const EVERYDAY_FORMS: ReadonlySet<string> = new Set([
  '一盘棋',
  '组合拳',
  '抓手',
  '堵点',
  '兜底',
  '闭环',
  '头雁',
  '领头雁',
  '土特产',
  '一肩挑',
  'm2',
  'dip',
]);

/** Words of policy prose: one of them in the sentence makes an everyday form read in its policy sense. */
export const POLICY_CUE =
  /工作|推进|推动|发展|建设|改革|治理|政策|部门|政府|党|机制|体系|服务|全[市省县区国镇]|群众|民生|企业|项目|经济|落实|监管|基层|干部|书记|财政|货币|医保|付费|产业|振兴|问题|整改|保障|市场|统筹|政务|集体|共富|文章|效应|实施|开展|打造|提升|聚焦|强化|破解|办事|诉求|增速|余额|同比/u;

const SENTENCE_END = /[。！？!?\n]/u;
const OPENING_QUOTES = '“‘「『"\'＂＇〝';
const CLOSING_QUOTES = '”’」』"\'＂＇〞';

/** Strips quotation marks and folds Latin letters to lower case (how {@link EVERYDAY_FORMS} holds them). */
const bare = (s: string): string => s.replace(/[“”‘’「」『』"'＂＇〝〞]/gu, '').toLowerCase();

/**
 * Whether the match `start`–`end` of `text` may be underlined: always, unless it is one of
 * {@link EVERYDAY_FORMS} neither quoted nor in a sentence of policy prose.
 */
export function inPolicySense(text: string, start: number, end: number): boolean {
  if (!EVERYDAY_FORMS.has(bare(text.slice(start, end)))) return true;
  if (OPENING_QUOTES.includes(text[start - 1] ?? '') || CLOSING_QUOTES.includes(text[end] ?? '')) return true;
  if (OPENING_QUOTES.includes(text[start] ?? '')) return true;
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e] ?? '')) e++;
  return POLICY_CUE.test(text.slice(s, start)) || POLICY_CUE.test(text.slice(end, e));
}
