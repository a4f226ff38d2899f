// A card's rows (`影院：浙江电影院`, `场次：13:00　16:40`, `地点：绍兴博物馆二楼临展厅`): a short label, a colon and its
// value, one row to a line; and a figures box's rows (`固定资产投资　增长6.4%`, `城镇调查失业率　4.4%`): an indicator, a
// full-width space and its figures. A row next to another row is one of a card's or a box's, never a headline of its own:
// the segmenter's last pass over the finished blocks gives such a heading back to the body (its boundaries are left as
// they are).

/** A label of two to four Han characters and a colon, with a value after it. */
const LABEL_OPENS = /^\s*[\u4e00-\u9fff]{2,4}[：:]\s*\S/u;
/** A clause or sentence mark: a row's value has none (`记者：夺冠之后，生活有什么变化？` is a turn of an interview). */
const CLAUSE = /[，,；;。！？!?]/u;
/**
 * A figures box's row: an indicator of Han characters, then after a full-width space one or more figures (a number with
 * its unit, `增长`/`下降`… before it) and nothing else (`地区生产总值　23120　5.6`). A head of two phrases
 * (`课间延长5分钟　校园更有活力`) has words after its space, not a figure.
 */
const FIGURE_ROW = /^[\u4e00-\u9fff（）()]{2,14}(?:\u3000+(?:增长|下降|上涨|提高|减少|达|约|为)?-?[\d.,]+(?:[\u4e00-\u9fff]{0,3}|%|‰))+$/u;

/**
 * Whether `text` is a card's row (a label of two to four Han characters, a colon and a value with no clause mark) and
 * `next` opens another row: the first is a row of the card, not a headline over it (`《钱塘江上》` / `影院：浙江电影院` /
 * `场次：13:00…`). A place-name head (`遵义：茶园管护进入关键期`) stands over prose, not over a row. Or whether `text` is
 * a figures box's row with another such row right over (`prev`) or under it: one of the box's rows.
 */
export function cardRowOver(text: string, next: string, prev = ''): boolean {
  return (LABEL_OPENS.test(text) && !CLAUSE.test(text) && LABEL_OPENS.test(next)) || (FIGURE_ROW.test(text) && (FIGURE_ROW.test(next) || FIGURE_ROW.test(prev)));
}
