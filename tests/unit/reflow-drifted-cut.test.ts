// A `<br>` page whose blank lines mark paragraphs and column ends: where a photo caption under a
// headline took a line, the page's column count drifts, and a blank line where a column cut a
// sentence mid-clause (`受冷空气影响，本` / `周三夜里至周四早…`) falls where no column should end.
// A full line stopping on a character or a clause mark (`，`), in a paragraph with a clause mark,
// goes on there; a headline with no clause mark still ends its block.
// Text written for these tests in the shape of a county paper's town news.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';

const PAGE: Block[] = [
  { kind: 'heading', text: '老街菜场完成提升改造' },
  { kind: 'body', text: '本报讯　经过三个月的施工，城西老街菜场日前完成提升改造重新开业，摊位由六十个增加到九十个。' },
  { kind: 'body', text: '改造后的菜场设置了农残检测室和公平秤，地面铺上了防滑砖，通道也比原来宽了一倍。' },
  { kind: 'body', text: '“以前下雨天地上都是水，现在干净多了。”正在买菜的居民王阿姨说。' },
  { kind: 'body', text: '菜场管理方表示，接下来将推出线上预订服务，方便附近的上班族下班后取菜。' },
  { kind: 'heading', text: '雪落山村' },
  { kind: 'caption', text: '12月10日，一场小雪过后，竹林村的屋顶和菜地一片银白，不少市民专程开车上山赏雪拍照。' },
  { kind: 'body', text: '受冷空气影响，本周三夜里至周四早晨，我县海拔六百米以上山区出现今冬首场降雪，平原地区出现雨夹雪。' },
  { kind: 'body', text: '据县气象台预报，未来一周以晴冷天气为主，最低气温零下三度，请市民注意防寒保暖，出行注意安全。' },
];

const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text.replace(/[ \u3000]/gu, ''));

describe('a blank line where a drifted column cut a sentence mid-clause', () => {
  const out = (): string[] => texts(reflowText(printBlocks(PAGE, 'br-blank', 8, 3), { punctuation: false }));

  it('joins the two halves of every paragraph', () => {
    for (const b of PAGE.filter((x) => x.kind === 'body')) expect(out()).toContain(b.text.replace(/[ \u3000]/gu, ''));
  });

  it('joins them where the cut line ends on a comma', () => {
    const snow = '本周三夜里至周四，我县海拔六百米以上山区出现今冬首场降雪，平原地区出现雨夹雪。';
    const page = PAGE.map((b) => (b.text.startsWith('受冷空气') ? { ...b, text: snow } : b));
    expect(texts(reflowText(printBlocks(page, 'br-blank', 8, 3), { punctuation: false }))).toContain(snow);
  });

  it('leaves the headlines, with no clause mark, apart from the text under them', () => {
    expect(out()).toContain('雪落山村');
    expect(out()).toContain('老街菜场完成提升改造');
  });
});
