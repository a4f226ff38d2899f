// The rule of the blind146 set's second round. lib/reflow/marked-lines.ts (headOverLabelledRows, asked in join-rule.ts
// beside the head over marked rows and in segment.ts where such a head is given as a heading): a flush line of two to ten
// characters of plain words after a finished sentence, right over a line opening with a label of two to six characters
// and a colon (`积分怎么算` / `基础分：…`), is the head of the labelled rows, not the first words of the row under it.
// And lib/reflow/notice-parts.ts (numberedListCloses, widened to `enumeratedItemCloses`): the last of a list's items opening
// with `一是`…`十是` on lines of their own, one sentence holding a clause mark, closes with its full stop after an item ending
// in `；`, and the line after it opens the next paragraph, on a page where a full line ending a sentence tells nothing.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

const INTRO = ['　　日前，市人力社保局印发新版', '《人才公寓申请办法》，自下月起', '施行。', ''];
const ITEMS = ['1.在本市缴纳社会保险满半年；', '2.本人及配偶在本市无自有住房。', ''];

describe('a head of labelled rows alone on its line (headOverLabelledRows)', () => {
  it('changes: 租金怎么算 / 基础租金：…, on an indenting page whose rows are flush', () => {
    const page = [...INTRO, '申请条件', ...ITEMS, '租金怎么算', '基础租金：按同地段市场租金的七', '成收取。', '', '　　咨询电话：0573-12345。'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 日前，市人力社保局印发新版《人才公寓申请办法》，自下月起施行。',
      'heading: 申请条件',
      'body: 1.在本市缴纳社会保险满半年；',
      'body: 2.本人及配偶在本市无自有住房。',
      'heading: 租金怎么算',
      'body: 基础租金：按同地段市场租金的七成收取。',
      'body: 咨询电话：0573-12345。',
    ]);
  });
  it('changes: a data box\'s head over its labelled figures (主要数据 / 规上企业：…)', () => {
    const page = [...INTRO, '全年主要数据', '规上企业：8216家，比上年增加', '312家。', '工业增加值：3120亿元，增长', '6.8%。'];
    const out = blocks(page.join('\n'));
    expect(out).toContain('heading: 全年主要数据');
    expect(out).toContain('body: 规上企业：8216家，比上年增加312家。');
  });
  it('leaves alone: an indented paragraph\'s first line whose words the line end cut before a colon (`　　承办法官提醒广大老` / `年朋友：…`)', () => {
    const page = ['　　法院审理后依法作出上述判决。', '　　承办法官提醒广大老', '年朋友：凡是承诺“高息返', '利”的投资都要提高警惕。'];
    expect(blocks(page.join('\n'))).toContain('body: 承办法官提醒广大老年朋友：凡是承诺“高息返利”的投资都要提高警惕。');
  });
  it('leaves alone: a short line of plain words after a line that ends no sentence (the same sentence, cut by the line ends)', () => {
    const page = [...INTRO, '　　记者从市人社局获悉，今年新增的', '补贴对象', '主要包括：高校毕业生和退役军人。'];
    expect(blocks(page.join('\n'))).toContain('body: 记者从市人社局获悉，今年新增的补贴对象主要包括：高校毕业生和退役军人。');
  });
});

const PLAIN = ['记者从市人社局获悉，新修订的《市', '区人才落户办法》日前出台，自下月', '起施行。', '按照新办法，以下三类人员可以直接', '申请落户：'];

describe('the last of a list\'s 一是…十是 items, closed by a full stop (numberedListCloses, enumeratedItemCloses)', () => {
  it('changes: 三是…父母。, a full line, before the next paragraph on a page of plain lines', () => {
    const page = [...PLAIN, '一是具有本科以上学历的各类人才；', '二是在市区稳定就业满一年的人员；', '三是上述人员的配偶、子女和父母。', '申请人可在“浙里办”APP上提交材', '料，审核通过后即可办理。', '咨询电话：0579-12345'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 记者从市人社局获悉，新修订的《市区人才落户办法》日前出台，自下月起施行。',
      'body: 按照新办法，以下三类人员可以直接申请落户：',
      'body: 一是具有本科以上学历的各类人才；',
      'body: 二是在市区稳定就业满一年的人员；',
      'body: 三是上述人员的配偶、子女和父母。',
      'body: 申请人可在“浙里办”APP上提交材料，审核通过后即可办理。',
      'body: 咨询电话：0579-12345',
    ]);
  });
  it('leaves alone: an item\'s lead words ended by a full stop on a full line (`二是扎实抓好城乡基层的社会治理。` / `完成…`)', () => {
    const page = [...PLAIN, '一是具有本科以上学历的各类人才；', '二是扎实抓好城乡基层的社会治理。', '完成老旧小区改造3个，惠及居民', '1260户。'];
    expect(blocks(page.join('\n'))).toContain('body: 二是扎实抓好城乡基层的社会治理。完成老旧小区改造3个，惠及居民1260户。');
  });
});
