/**
 * Guards of the jargon detector (`./detect.ts`) against the shapes of everyday prose that look
 * like its coinages and formulas. Pure.
 *
 * - A quoted phrase that is a sign, a shout or a title, not a coinage: right after 写着 / 挂着 /
 *   印着 / 贴着 (a shop's sign, “好吃不贵”), 喊 / 喊着 / 高喊 / 唱着 (a chant, “再来一个”), 电影 /
 *   影片 / 歌曲 / 电视剧 / 动画片 / 综艺 (a title, “流浪地球”), 主打 (a shop's selling point) or
 *   招牌菜 / 特色菜 / 名菜 / 小吃 (a dish, “片儿川”); holding a price offer (半价, 五折, 折起, 包邮,
 *   特价, 免单, 买一送一); a doubled phrase (“加油加油”); followed by N个(大)字, which counts its
 *   characters, or by 摄影展 / 画展 / 书画展 / 书法展 (the title of a show of pictures); or a list
 *   of sights (“西湖十景”, “钱塘八景”: a place and N景).
 * - 一X一Y where X and Y together are a dictionary word: an idiom built on that word (一针一线 on
 *   针线, 一草一木 on 草木, 一言一行 on 言行), while the formulas (一村一品, 一事一议, 一户一策) join two
 *   things that are no word together; and 一X一Y handing out a bowl, cup or portion (一人一碗).
 * - NUM X NUM Y counting the rooms of a flat or the dishes of a meal (三室一厅, 两菜一汤).
 */

/** Just before an opening quote: a sign, a shout, a title or a shop's selling point follows. */
const SIGN_OR_TITLE_BEFORE = /(?:写着|挂着|印着|贴着|写有|印有|喊|喊着|高喊|唱着|电影|影片|歌曲|电视剧|动画片|综艺|主打|招牌菜|特色菜|名菜|小吃)[\s]*$/u;
/** A price offer inside the quotes. */
const PRICE_OFFER = /半价|[一二三四五六七八九]折|折起|包邮|特价|免单|买一送一|第二[杯件份]/u;
/** Right after the closing quote: the quoted stretch is counted in characters (“好吃不贵”四个大字). */
const CHARACTERS_AFTER = /^[一两二三四五六七八九十\d]+个大?字/u;
/** Right after the closing quote: a show of pictures the quoted phrase is the title of. */
const PICTURE_SHOW_AFTER = /^(?:摄影展|画展|书画展|书法展)/u;
/** A list of sights: a place and N景 (西湖十景, 钱塘八景). */
const SIGHTS = /^[\u4e00-\u9fff]{2,}[一二三四五六七八九十]景$/u;

/**
 * Whether the quoted stretch `inner`, whose quotes run from `open` to `close` (exclusive) in
 * `text`, is a sign, a shout, a title or a price offer rather than a coinage.
 */
export function plainQuote(text: string, open: number, close: number, inner: string): boolean {
  if (SIGN_OR_TITLE_BEFORE.test(text.slice(Math.max(0, open - 4), open))) return true;
  if (PRICE_OFFER.test(inner) || CHARACTERS_AFTER.test(text.slice(close))) return true;
  if (PICTURE_SHOW_AFTER.test(text.slice(close)) || SIGHTS.test(inner)) return true;
  const half = inner.length / 2;
  return inner.length >= 4 && Number.isInteger(half) && inner.slice(0, half) === inner.slice(half);
}

/** What 一X一Y hands out when it is a portion, not a formula (一人一碗). */
const PORTION = /^[碗杯份盘]$/u;

/** Whether 一`x`一`y` is an idiom on the word `x``y` (一针一线, 一草一木) or hands out a portion (一人一碗). */
export function plainPairOfOnes(x: string, y: string, isWord: (w: string) => boolean): boolean {
  return PORTION.test(y) || isWord(`${x}${y}`);
}

/** The rooms of a flat and the dishes of a meal, counted in NUM X NUM Y (三室一厅, 两菜一汤, 三菜一汤). */
const HOME_OR_MEAL = /^[室厅卫厨菜汤荤素饭粥]$/u;

/** Whether NUM `x` NUM `y` counts rooms or dishes (both items one of {@link HOME_OR_MEAL}). */
export function homeOrMeal(x: string, y: string): boolean {
  return HOME_OR_MEAL.test(x) && HOME_OR_MEAL.test(y);
}
