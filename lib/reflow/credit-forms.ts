// Credit forms of Zhejiang city and county papers that carry no reporter's role, or carry a unit
// between a role and its name: production credits (`视觉　王　璐`, `摄影：沈　丽　　制图：许　颖`), an
// unbracketed wire source (`据新华社电`), a reprint line (`本文转载自“缙云发布”微信公众号`), and the
// units a 通讯员 is printed after (`通讯员　海曙区委宣传部　李　丹　鼓楼街道　张晓燕`).
import { isSurnamed } from './name-rows';

/** Who made a page's pictures, video or graphics: roles printed before a name, each with a colon or a space. */
const PRODUCTION_ROLE = '视觉|视觉设计|摄影|摄像|制图|设计|美编|插图|航拍|剪辑|视频|海报';
const ROLE_MARK = new RegExp(`[ \\u3000]*(?:${PRODUCTION_ROLE})(?:\\s*[：:]\\s*|[ \\u3000]+)`, 'gu');
/** A name after its role: two to four characters, padded (`王　璐`) or not. */
const NAME = '[\\u4e00-\\u9fff·](?:[ \\u3000]?[\\u4e00-\\u9fff·]){1,3}';
const PRODUCTION_CREDIT = new RegExp(
  `^(?:(?:${PRODUCTION_ROLE})(?:\\s*[：:]\\s*|[ \\u3000]+)${NAME}(?:[ \\u3000、]+${NAME}){0,2}(?:[ \\u3000]+|$))+$`,
  'u',
);

/** `据新华社电`, `据新华社北京10月22日电`, `据中新社电`: the wire a report was taken from, unbracketed, on a line of its own. */
const WIRE_SOURCE = /^据(?:新华社|中新社|中国新闻社)(?:[\u4e00-\u9fff]{2,8}(?:\d{1,2}月)?\d{1,2}日)?电$/u;

/** `本文转载自“缙云发布”微信公众号`, `转载自浙江新闻客户端`: where a reprint was taken from. */
const REPRINT_LINE = /^(?:(?:本文|本稿|文章|此文)(?:转载自|转自|摘编自|摘自|选自)|转载自)[^，。；！？,;!?]{2,30}$/u;

/** The characters each of those forms opens with (据, a reprint's 本文 … 转载自, a production role's): a line opening otherwise is answered without the patterns. */
const OTHER_FIRST: ReadonlySet<number> = new Set(['据', '本', '文', '此', '转', ...PRODUCTION_ROLE.split('|').map((r) => r[0] as string)].map((c) => c.charCodeAt(0)));

/**
 * A credit line of a form the role patterns do not read: a production credit, an unbracketed wire
 * source or a reprint line. Never sentence text: no sentence punctuation inside, a whole line.
 */
export function isOtherCredit(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || !OTHER_FIRST.has(t.charCodeAt(0))) return false;
  if (WIRE_SOURCE.test(t) || REPRINT_LINE.test(t)) return true;
  if (!PRODUCTION_CREDIT.test(t)) return false;
  // every name begins with a family name: `摄影　记录乡村` is a heading, not a credit
  const names = t.replace(ROLE_MARK, '|').split(/\||[ \u3000]{2,}|、/u);
  return names.every((n) => n === '' || isSurnamed(n.replace(/[ \u3000]/gu, '')));
}

/** How a unit's name ends: a department, an office, a township or street, a company, a centre. */
const UNIT_END = /(?:部|局|委|办|厅|处|科|室|中心|街道|镇|乡|社区|公司|集团|医院|学校|学院|法院|检察院|派出所|大队|支队|站|所|馆)$/u;

/**
 * A byline with the units its 通讯员 are printed after, the units left out:
 * `记者　王凯　通讯员　海曙区委宣传部　李丹　鼓楼街道　张晓燕` → `记者　王凯　通讯员　李丹　张晓燕`. A unit is a
 * token of three to twelve characters ending as a unit does, after 通讯员 and followed by another token
 * (the name); anything else is left as printed.
 */
export function withoutUnits(t: string): string {
  const at = t.lastIndexOf('通讯员');
  if (at < 0) return t;
  const head = t.slice(0, at + 3);
  const tokens = t.slice(at + 3).split(/([ \u3000]+)/u);
  const words = tokens.filter((_, k) => k % 2 === 0);
  if (words.length < 3) return t;
  const kept: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const unit = Array.from(w).length >= 3 && Array.from(w).length <= 12 && /^[\u4e00-\u9fff]+$/u.test(w) && UNIT_END.test(w) && k + 1 < words.length && (words[k + 1] as string) !== '';
    if (!unit) kept.push(w);
  }
  return kept.length === words.length ? t : `${head}${kept.join('\u3000')}`;
}

/** A station of 浙江日报's 共享联盟 (its network of county media): `共享联盟松阳站`, `共享联盟·长兴站`, then the correspondent's name. */
const STATION = /共享联盟·?[\u4e00-\u9fff]{2,6}站(?=[ \u3000]+[\u4e00-\u9fff·])/gu;

/**
 * A byline with a 共享联盟 station where 通讯员 would stand (`本报记者　朱　平　共享联盟松阳站　叶　青`): the station read as
 * that role, `本报记者　朱　平　通讯员　叶　青`; anything else is left as printed.
 */
export const stationAsRole = (t: string): string => (t.includes('共享联盟') ? t.replace(STATION, '通讯员') : t);
