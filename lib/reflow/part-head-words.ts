// What a notice's numbered part head may hold and what may stand under it, beyond a head's plain words over prose: a date
// with its weekday in brackets (`一、10月24日（星期二）`, a 停电通知's dated parts) and a labelled row under it
// (`一、10月24日（星期二）` / `停电时间：7:30—16:30`, `一、项目概况` / `项目名称：…`).

/**
 * A date's weekday in brackets ending the line (`10月24日（星期二）`, `11月15日（周三）`): no mark of a sentence, a part head's
 * words may end on it. In the golds outside the held-back half, every block of a date and its bracketed weekday with nothing
 * after them is a heading (6 of 6); with more after them (a time, a row's cells, a forecast) none is (11).
 */
export const WEEKDAY_END = /(?<=[0-9一二三四五六七八九十]日)[（(](?:星期|周)[一二三四五六日天][）)][\s\u3000]*$/u;

/** A head's words with a closing weekday read away (see `WEEKDAY_END`). */
export const withoutWeekday = (words: string): string => (words.includes('日（') || words.includes('日(') ? words.replace(WEEKDAY_END, '') : words);

/**
 * A line opening a labelled row (`停电时间：7:30—16:30`, `项目名称：…`, `招标人：…`): a label of two to six ideographs and its
 * colon, then its value, whatever marks it holds (./notice-parts.ts `LABELLED_ROW` is a whole row with no clause mark).
 * In the golds outside the held-back half, a numbered line whose head holds no mark, right over such a row, is a heading
 * each time (27 of 27).
 */
export const OPENS_LABELLED_ROW = /^[\s\u3000]*[\u4e00-\u9fff]{2,6}[：:]\s*\S/u;
