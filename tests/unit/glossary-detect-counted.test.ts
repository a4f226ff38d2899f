// The shape of lib/glossary/detect-rules-counted.ts: a counted abbreviation printed without quotation
// marks in a policy setting (两新组织, 纠治四风). Sentences follow 2024–26 Zhejiang county and city papers;
// that the rule stays rare in ordinary prose is checked on 1,000 encyclopedia sentences in
// glossary-heldout.test.ts.
import { describe, expect, it } from 'vitest';
import { detectJargon } from '../../lib/glossary/detect';
import { countedMatches } from '../../lib/glossary/detect-rules-counted';

const noWord = (): boolean => false;
const terms = (text: string, isWord: (w: string) => boolean = noWord): string[] => detectJargon(text, [], isWord).map((d) => d.term);
const WORDS = new Set(['减价', '先行', '毫不动摇', '重视', '三峡', '水库', '双重', '身份', '双语', '教学']);
const isWord = (w: string): boolean => WORDS.has(w);

describe('counted abbreviations without quotes (lib/glossary/detect-rules-counted.ts)', () => {
  it('marks a count and what it counts before a naming noun, with the noun', () => {
    expect(countedMatches('全县两新组织党组织覆盖率达到98%。', isWord).map((d) => d.term)).toEqual(['两新组织']);
    expect(terms('县发改局严格把好两高项目准入关。', isWord)).toEqual(['两高项目']);
    expect(terms('区级部门三公经费预算同比下降5%。', isWord)).toEqual(['三公经费']);
    expect(terms('我市连续第八次获评全国双拥模范城。', isWord)).toEqual(['双拥模范城']);
    expect(terms('消防救援大队对全县三小场所开展夜查。', isWord)).toEqual(['三小场所']);
    expect(terms('县里坚持三新经济统计监测。', isWord)).toEqual(['三新经济']);
    // A count of ones before a working method (四个一工作法).
    expect(terms('街道推行四个一工作法，一张网格图、一支服务队。', isWord)).toEqual(['四个一工作法']);
  });

  it('marks a count and what it counts before the work it is done in, without the work', () => {
    expect(terms('深化三服务活动，帮助企业解决用工难题。', isWord)).toEqual(['三服务']);
    expect(terms('暑期文化科技卫生三下乡活动启动。', isWord)).toEqual(['三下乡']);
    expect(terms('落实清廉建设四责协同机制，层层压实责任。', isWord)).toEqual(['四责协同']);
    expect(terms('严肃查处三违行为，今年共处罚企业42家。', isWord)).toEqual(['三违']);
  });

  it('marks a formula ending its clause right after a campaign verb', () => {
    expect(terms('全县纪检监察机关持续纠治四风。', isWord)).toEqual(['四风']);
    expect(terms('政府工作报告提出，今年要继续推进双减，减轻学生负担。', isWord)).toEqual(['双减']);
    expect(terms('县委常委会强调，要坚持两个毫不动摇，支持民营经济发展壮大。', isWord)).toEqual(['两个毫不动摇']);
    expect(terms('社区卫生服务中心推行三高共管，为居民建立档案。', isWord)).toEqual(['三高共管']);
  });

  it('leaves ordinary counting, places, sides, people, times and words alone', () => {
    // A word counted before a programme noun (a double price cut, two pilot villages).
    expect(terms('网店老板说，双减价活动让销量翻了一番。', isWord)).toEqual([]);
    expect(terms('这两个先行试点的村已经完成了污水管网改造。', isWord)).toEqual([]);
    // Times, sides, places, people and seasons counted.
    expect(terms('这项工作要坚持三天，不能松劲。', isWord)).toEqual([]);
    expect(terms('推进两岸交流，加强两地合作。', isWord)).toEqual([]);
    expect(terms('漂流和生态风光游等四季旅游项目也很丰富。', isWord)).toEqual([]);
    expect(terms('他们坚持十年，从未间断。', isWord)).toEqual([]);
    expect(terms('落实三人小组工作要求。', isWord)).toEqual([]);
    // A unit anywhere in the stretch (三|小时), and a word the count makes followed by a word (双语|教学).
    expect(terms('他坚持三小时，终于把那筐橘子全部卖完了。', isWord)).toEqual([]);
    expect(terms('学校推进双语教学，三年级起开设英语角。', isWord)).toEqual([]);
    expect(terms('两国经济往来密切。', isWord)).toEqual([]);
    // An ordinal, a longer number, a plenary session after 届.
    expect(terms('第三服务区今天开放。', isWord)).toEqual([]);
    expect(terms('会议学习十一届三中全会精神。', isWord)).toEqual([]);
    // No setting: a count before an ordinary noun, or not ending its clause.
    expect(terms('三峡水库水位持续上涨。', isWord)).toEqual([]);
    expect(terms('他有双重身份，说话很小心。', isWord)).toEqual([]);
    expect(terms('推进三个课堂常态化应用。', isWord)).toEqual([]);
  });
});
