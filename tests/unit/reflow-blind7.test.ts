// Rules from what the blind7 pages showed (tests/fixtures/pages/blind7-*, npm run score:blind): an
// English abstract after a Chinese body and an English label line after it start anew; an
// author's note in brackets is a credit after any paragraph; reporters in brackets with their
// medium (`（湖南日报全媒体记者 X 通讯员 Y）`) and a Taiwan paper's `記者X／地名報導` are bylines; a date
// alone in brackets is no headline; and, from the blind6 and blind7 text re-printed in print
// shapes, a question or answer label (`问：`, `答：`) after a sentence end opens a paragraph and is
// never a headline, a closed bracketed note alone ends at an explicit break, and English prose
// printed in lines keeps the spaces between its words. With the negatives they must leave alone. Snippets written
// for these tests in the shape of the blind7 pages.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { NEW_PARAGRAPH } from '../../lib/reflow/openings';
import { isBracketCredit, isHeadingCandidate, isRoleByline } from '../../lib/reflow/classify';

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

const ZH1 = '　　近年来，数字技术加速向县域渗透，电商直播、智慧农业等新业态不断涌现，为县域产业转型升级提供了新动能。';
const ZH2 = '　　因此，推动数字经济赋能县域产业，既要补齐新型基础设施短板，也要培育特色产业集群。';
const EN1 = 'Abstract: The digital economy is reshaping industries in China\'s counties. Digital development promotes upgrading only after broadband coverage and logistics';
const EN2 = 'networks reach a certain level.';

describe('English text after a Chinese body (an abstract)', () => {
  it('starts a paragraph of its own where the Chinese sentence ended, and its keywords line too', () => {
    const out = blocks([ZH1, ZH2, EN1, EN2, 'Keywords: digital economy; county economy; industrial upgrading'].join('\n\n'));
    expect(out).toEqual([
      `body: ${ZH1.trim()}`,
      `body: ${ZH2.trim()}`,
      `body: ${EN1} ${EN2}`,
      'body: Keywords: digital economy; county economy; industrial upgrading',
    ]);
  });

  it('leaves a Chinese paragraph whole where a column cut it before a Latin name, or before a line that only opens with one', () => {
    const cut = '　　近年来，不少外贸企业借助跨境电商平台开拓海外市场，主要平台包括';
    expect(blocks([ZH1, cut, 'Amazon and TikTok Shop.'].join('\n\n'))).toHaveLength(2);
    const mixed = 'TikTok Shop的卖家数量同比增长近一倍，带动了县域特色产品出口。';
    expect(blocks([ZH1, ZH2, mixed].join('\n\n'))).toEqual([`body: ${ZH1.trim()}`, `body: ${ZH2.trim()}${mixed}`]);
  });

  it('reads on through an English paragraph cut after a full stop before a word that is no label', () => {
    expect(blocks(['Counties should strengthen new infrastructure.', 'Cultivating clusters also matters.'].join('\n\n'))).toHaveLength(1);
  });
});

describe('an author\'s note in brackets after a paragraph with no closing mark', () => {
  it('is the credit, not the paragraph\'s last words', () => {
    const out = blocks([ZH1, 'Keywords: digital economy; county economy', '　　（作者单位：华中师范大学经济与工商管理学院）'].join('\n\n'));
    expect(out[out.length - 1]).toBe('byline: （作者单位：华中师范大学经济与工商管理学院）');
  });

  it('but a bracket cut by the line end inside a sentence stays in it', () => {
    const out = blocks(['　　研究团队来自多所高校，牵头单位为', '（作者单位：华中师范大学）的课题组，成员共12人。'].join('\n'));
    expect(out).toHaveLength(1);
  });
});

describe('reporters in brackets with their medium', () => {
  it.each(['（湖南日报全媒体记者　周帙恒　通讯员　李娟）', '（新华社记者 刘艺）', '(人民日报记者 李心萍)'])('%s is a bracketed credit', (t) => {
    expect(isBracketCredit(t)).toBe(true);
  });

  it.each(['（湖南日报全媒体记者采写的报道获奖）', '（湖南日报社供稿照片）', '（湖南日报全媒体记者　周帙恒）。'])('%s is not', (t) => {
    expect(isBracketCredit(t)).toBe(false);
  });

  it('is the byline as the last element, never a headline', () => {
    const out = blocks(['　　问：新政策从什么时候开始执行？', '　　答：自2024年12月1日起施行。', '　　（湖南日报全媒体记者　周帙恒　通讯员　李娟）'].join('\n\n'));
    expect(out[out.length - 1]).toBe('byline: （湖南日报全媒体记者　周帙恒　通讯员　李娟）');
  });
});

describe('a Taiwan paper\'s byline: the reporter and where the report was filed', () => {
  it.each(['記者陳麗妤／金城報導', '【记者 王明／台北报道】', '記者陳麗妤、李俊明／綜合報導'])('%s is a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it.each(['記者陳麗妤／金城報導指出，縣府明年起汰換公車。', '記者會／現場直擊', '陳麗妤／金城報導'])('%s is not', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });

  it('is never a headline above the first paragraph', () => {
    const out = blocks(['記者陳麗妤／金城報導', '　　為打造「低碳島」，縣府交通旅遊局宣布，明年起全縣公車將全面汰換為電動車。'].join('\n\n'));
    expect(out[0]).toBe('byline: 記者陳麗妤／金城報導');
  });
});

describe('a date alone in brackets', () => {
  it('is no headline (when a list was adopted), but a bracketed year or title still may be', () => {
    expect(isHeadingCandidate('（2024年11月22日）')).toBe(false);
    expect(isHeadingCandidate('(2024年11月)')).toBe(false);
    expect(isHeadingCandidate('江西省人民政府任免工作人员')).toBe(true);
    expect(isHeadingCandidate('（2024年度）')).toBe(true);
    const out = blocks(['江西省人民政府任免工作人员', '（2024年11月22日）', '　　任命：', '　　吴志远　江西省发展和改革委员会副主任'].join('\n\n'));
    expect(out).toContain('body: （2024年11月22日）');
  });
});

describe('an interview\'s turns printed without paragraph marks', () => {
  // Pre-wrapped, 14 wide, no indentation: every turn ends on a full line.
  const QA = [
    '秋粮收购旺季，如何让农民卖上',
    '放心粮？记者近日采访了市粮食',
    '和物资储备局局长陈立新同志。',
    '问：今年的秋粮收购有什么新的',
    '变化？农民卖粮还要排长队吗？',
    '答：基本不用了。农民可以在手',
    '机上提前预约送粮时间，到了收',
    '购点直接检验、过磅和结算了。',
    '问：下一步还有哪些新的打算？',
    '答：我们将继续推进烘干、仓储',
    '设施建设，让农民种粮更有奔头。',
  ].join('\n');

  it('starts a paragraph at each 问： and 答： after a sentence end', () => {
    expect(blocks(QA).map((b) => b.slice(0, 9))).toEqual(['body: 秋粮收', 'body: 问：今', 'body: 答：基', 'body: 问：下', 'body: 答：我']);
  });

  it('takes only the label with its colon, not words that open with the same character', () => {
    expect(NEW_PARAGRAPH.test('问：今年有什么新变化？')).toBe(true);
    expect(NEW_PARAGRAPH.test('答:基本不用了。')).toBe(true);
    for (const t of ['问题在于资金从哪里来。', '答应群众的事要办好。', '问计于民，才能办好实事。']) expect(NEW_PARAGRAPH.test(t)).toBe(false);
  });
});

describe('English prose printed in lines', () => {
  const joined = (lines: string[]): string => reflowText(lines.join('\n'), { punctuation: false }).map((b) => b.text).join(' | ');

  it('keeps the space between words where a line ended after a comma, a full stop or a figure', () => {
    expect(joined(["The digital economy is reshaping", "industries in China's counties.", 'Using panel data from 1,800', 'counties between 2015 and', '2022, this study finds a clear', 'threshold effect.'])).toBe(
      "The digital economy is reshaping industries in China's counties. Using panel data from 1,800 counties between 2015 and 2022, this study finds a clear threshold effect.",
    );
  });

  it('adds nothing inside an address, a number or Chinese text with Latin words', () => {
    expect(joined(['Details are posted at www.', 'zjol.com.cn for readers.'])).toBe('Details are posted at www.zjol.com.cn for readers.');
    expect(joined(['　　新款手机iPhone', '16系列在杭州首发，销量超过预期。'])).toBe('新款手机iPhone16系列在杭州首发，销量超过预期。');
    expect(joined(['　　二十国集团G', '20峰会在里约热内卢召开，各方就多项议题达成共识。'])).toBe('二十国集团G20峰会在里约热内卢召开，各方就多项议题达成共识。');
    expect(joined(['Call the hotline 0571-823', '45678 for details.'])).toBe('Call the hotline 0571-82345678 for details.');
  });
});

describe('a bracketed note alone, and an interview turn cut by a column', () => {
  it('keeps a closed bracketed note (a session note, a date) apart from the element after it', () => {
    const out = blocks(['（2024年11月28日江西省第十四届人民代表大会常务委员会第十三次会议通过）', '决定任命：', '周建平为江西省科学技术厅厅长。'].join('\n\n'));
    expect(out[0]).toBe('body: （2024年11月28日江西省第十四届人民代表大会常务委员会第十三次会议通过）');
    expect(out[1]).toMatch(/^body: 决定任命：/u);
  });

  it('but reads on through a bracket a column cut before it closed, and after a paragraph that only ends in one', () => {
    expect(blocks(['（编者按：本报今起推出“城里的手艺人”系列', '报道，敬请关注。）'].join('\n\n'))).toHaveLength(1);
    expect(blocks(['　　今年全市新建社区食堂28家（见附表', '），累计服务老人超过12万人次。'].join('\n\n'))).toHaveLength(1);
  });

  it('makes no headline of a question or answer a column cut short', () => {
    expect(isHeadingCandidate('问：新政策从什么时候开')).toBe(false);
    expect(isHeadingCandidate('答：自明年起')).toBe(false);
    expect(isHeadingCandidate('遵义：茶园管护进入关键期')).toBe(true);
    expect(isHeadingCandidate('问计于民办实事')).toBe(true);
  });
});
