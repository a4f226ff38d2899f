// The rules the blind91 round (评论 and 理论 pages) added.
// lib/reflow/set-apart.ts isSectionHead (asked in segment.ts for print lines set apart by empty lines): a numbered head of
// two short phrases parted by one comma (`一、以港促产，做强临港产业`), on a line alone, is a section head like one with no
// mark, so one such head no longer turns its series' other heads into body.
// lib/reflow/author-credits.ts isAuthorCredit: a marked author with the post in brackets (`□ 王海燕（宁波大学…教授）`)
// is a byline, as `作者：X（…）` is.
// lib/reflow/signed-pieces.ts signsNextPiece: a 观点 piece's head with words in quotation marks, up to eighteen
// characters (`别让“数据跑路”卡在最后一步`), over `□ X` signs the next piece as a plain title does.
// lib/reflow/numbered-heads.ts numberedPlainHead: the line under a numbered head that measures short only by its
// quotation marks (`要擦亮“千万工程”和“浙`) fills its column.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isAuthorCredit } from '../../lib/reflow/author-credits';
import { isRoleByline } from '../../lib/reflow/classify';
import { measure, type Line } from '../../lib/reflow/columns';
import { isSectionHead } from '../../lib/reflow/set-apart';
import { signsNextPiece } from '../../lib/reflow/signed-pieces';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const kinds = (text: string): string[] => reflowText(text).map((b) => `${b.kind}: ${b.text}`);

describe('a numbered section head of two comma-parted phrases (isSectionHead)', () => {
  it('changes: two short phrases of Han characters parted by one comma after the numeral', () => {
    expect(isSectionHead('一、以港促产，做强临港产业', true)).toBe(true);
    expect(isSectionHead('二、分好蛋糕，促进城乡融合', true)).toBe(true);
  });
  it('leaves alone: a line with more under it, an end mark, three phrases, a figure, a label, a phrase of one character, a question, no numeral', () => {
    expect(isSectionHead('一、以港促产，做强临港产业')).toBe(false);
    expect(isSectionHead('一、天气晴好，气温回升。', true)).toBe(false);
    expect(isSectionHead('一、坚持党的领导，筑牢根本保证，推动发展', true)).toBe(false);
    expect(isSectionHead('一、报名时间，3月1日起', true)).toBe(false);
    expect(isSectionHead('三、公示时间：3月1日至7日', true)).toBe(false);
    expect(isSectionHead('二、好，促进城乡融合', true)).toBe(false);
    expect(isSectionHead('一、稻虾共养这条路，当初是怎么选定的？', true)).toBe(false);
    expect(isSectionHead('以港促产，做强临港产业', true)).toBe(false);
  });
  it('keeps a series of heads set apart by empty lines as heads when one of them holds a comma', () => {
    const text = ['　　湖州的生态优势，要转化为发展', '优势。', '', '　　一、守好绿水，做美乡村底色', '', '　　这些年，全市持续推进美丽乡',
      '村建设，村容村貌焕然一新。', '', '　　二、发展生态产业', '', '　　要把好山好水变成好产品、好', '价钱，让农民共享发展成果。'].join('\n');
    expect(kinds(text)).toEqual([
      'body: 湖州的生态优势，要转化为发展优势。', 'heading: 一、守好绿水，做美乡村底色', 'body: 这些年，全市持续推进美丽乡村建设，村容村貌焕然一新。',
      'heading: 二、发展生态产业', 'body: 要把好山好水变成好产品、好价钱，让农民共享发展成果。',
    ]);
  });
  it('still gives a notice\'s items as body when an item\'s first print line breaks after two comma-parted phrases', () => {
    const text = ['　　现将有关事项通告如下：', '', '　　一、管制路段及时间', '', '　　二、管制期间，过往车辆请', '按照现场标志绕行。', '', '　　三、请市民合理安排出行。'].join('\n');
    expect(reflowText(text).some((b) => b.kind === 'heading')).toBe(false);
  });
  it('still gives the numbered items of a notice set apart by empty lines, sentences, as body', () => {
    const text = ['　　现将有关事项通知如下：', '', '　　一、报名时间，3月1日至3月', '7日。', '', '　　二、报名地点，各镇街社区服务', '中心。'].join('\n');
    expect(reflowText(text).some((b) => b.kind === 'heading')).toBe(false);
  });
});

describe('a marked author with the post in brackets (isAuthorCredit)', () => {
  it('changes: a mark, a name with a family name, padded or not, and a post of four characters or more in brackets', () => {
    expect(isAuthorCredit('□ 王海燕（宁波大学马克思主义学院教授）')).toBe(true);
    expect(isAuthorCredit('■ 林　汐（浙江工业大学经济学院副教授）')).toBe(true);
    expect(isRoleByline('□ 王海燕（宁波大学马克思主义学院教授）')).toBe(true);
  });
  it('leaves alone: a poem title with its note, a head with a part, a comma inside, no bracket, no mark', () => {
    expect(isAuthorCredit('□ 故乡的河（外一首）')).toBe(false);
    expect(isAuthorCredit('□ 推进共富（上篇之一）')).toBe(false);
    expect(isAuthorCredit('□ 王海燕（宁波大学，教授）')).toBe(false);
    expect(isAuthorCredit('□ 王海燕')).toBe(false);
    expect(isAuthorCredit('王海燕（宁波大学马克思主义学院教授）')).toBe(false);
  });
  it('gives such a line first, over blank-line paragraphs, as the byline, not a headline', () => {
    const text = ['□ 王海燕（宁波大学马克思主义学院教授）', '', '　　开放是宁波最大的优势，也是宁', '波发展的关键一招。'].join('\n');
    expect(kinds(text)).toEqual(['byline: □ 王海燕（宁波大学马克思主义学院教授）', 'body: 开放是宁波最大的优势，也是宁波发展的关键一招。']);
  });
});

describe('a 观点 piece\'s head with quoted words over its marked writer (signsNextPiece)', () => {
  const piece = (head: string): Line[] => lines('　　老字号要活下去，既要守住老手', '艺，也要跟上新消费。', head, '□ 朱晓燕', '　　不少事项已经可以网上办、掌上');
  it('changes: Han characters and quoted words only, eighteen characters or fewer, over □ X', () => {
    expect(signsNextPiece(piece('别让“数据跑路”卡在最后一步'), 3)).toBe(true);
    expect(signsNextPiece(piece('充电桩要“建得好”更要“管得好”'), 3)).toBe(true);
  });
  it('leaves alone: a comma, an unclosed quotation, a line longer than a head, a byline after it', () => {
    expect(signsNextPiece(piece('别让数据跑路，卡在最后一步'), 3)).toBe(false);
    expect(signsNextPiece(piece('别让“数据跑路卡在最后一步'), 3)).toBe(false);
    expect(signsNextPiece(piece('数字化改革不能停留在“前台”后台流程也要跟着改'), 3)).toBe(false);
    expect(signsNextPiece(lines('　　老字号要活下去，既要守住老手', '艺，也要跟上新消费。', '别让“数据跑路”卡在最后一步', '□ 朱晓燕', '□ 陆　军'), 3)).toBe(false);
  });
  it('parts the second piece\'s head and writer from the first piece\'s paragraph in indented print lines', () => {
    const text = ['“老字号”要有新打法', '□ 沈一鸣', '　　老字号要活下去，既要守住老手', '艺，也要跟上新消费。', '别让“数据跑路”卡在最后一步', '□ 朱晓燕',
      '　　不少事项已经可以网上办、掌上', '办，后台流程也要跟着改。'].join('\n');
    expect(kinds(text)).toEqual([
      'heading: “老字号”要有新打法', 'byline: □ 沈一鸣', 'body: 老字号要活下去，既要守住老手艺，也要跟上新消费。',
      'heading: 别让“数据跑路”卡在最后一步', 'byline: □ 朱晓燕', 'body: 不少事项已经可以网上办、掌上办，后台流程也要跟着改。',
    ]);
  });
});

describe('a numbered head in unindented print lines over a line full but for its quotation marks (numberedPlainHead)', () => {
  const before = ['乡村振兴是一篇大文章，各地', '都有基础，也面临不少挑战。', '要坚持产业兴村，做强茶叶、', '竹笋、水果等特色产业，培育', '一批农业龙头企业和家庭农场', '经营主体。'];
  it('changes: the line under the head measures short only by its quotation marks and ends inside a quotation', () => {
    const text = [...before, '（二）激发创业活力', '要擦亮“千万工程”和“浙', '农码”品牌，鼓励农民创业。'].join('\n');
    expect(kinds(text)).toContain('heading: （二）激发创业活力');
  });
  it('leaves alone: the line under it short even with its quotation marks counted, ending a sentence', () => {
    const text = [...before, '（二）激发创业活力', '要擦亮“千万工程”。', '鼓励和支持农民创业，让群众', '增收致富。'].join('\n');
    expect(kinds(text)).not.toContain('heading: （二）激发创业活力');
  });
});
