// A card's rows (`影院：浙江电影院`, `场次：13:00　16:40`, `地点：绍兴博物馆二楼临展厅`): a short label, a colon and its
// value, one row to a line. A row right over another row is one of a card's, never a headline of its own: the segmenter's
// last pass over the finished blocks gives such a heading back to the body (its boundaries are left as they are).

/** A label of two to four Han characters and a colon, with a value after it. */
const LABEL_OPENS = /^\s*[\u4e00-\u9fff]{2,4}[：:]\s*\S/u;
/** A clause or sentence mark: a row's value has none (`记者：夺冠之后，生活有什么变化？` is a turn of an interview). */
const CLAUSE = /[，,；;。！？!?]/u;

/**
 * Whether `text` is a card's row (a label of two to four Han characters, a colon and a value with no clause mark) and
 * `next` opens another row: the first is a row of the card, not a headline over it (`《钱塘江上》` / `影院：浙江电影院` /
 * `场次：13:00…`). A place-name head (`遵义：茶园管护进入关键期`) stands over prose, not over a row.
 */
export function cardRowOver(text: string, next: string): boolean {
  return LABEL_OPENS.test(text) && !CLAUSE.test(text) && LABEL_OPENS.test(next);
}
