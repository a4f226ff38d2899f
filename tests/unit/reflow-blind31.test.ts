// Rules from what the blind31 pages showed (tests/fixtures/pages/blind31-*, npm run score:blind -- --set blind31, and
// its text re-printed): a three-character name letter-spaced in print (`吕 珂 昕`) after a medium's role is a byline's
// name, so a line of two media joined by a middle dot, a role and such a name is a byline, not a headline; a caption
// ending in a bracketed photographer whose name print padded (`新华社发（吴 德 摄）`); a 名单 row of a group's label and
// two names ends before the next group's row. With the text the rules must leave alone. Text written for these tests in the shape of the blind31 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { isCaptionLine, isRoleByline } from '../../lib/reflow/classify';
import { reflowText } from '../../lib/reflow';
import { joinSpacedNames } from '../../lib/reflow/signed-names';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);

describe('a three-character name letter-spaced in print', () => {
  it('is joined after a role, a mark or a space, before the end, a bracket, a slash or another role', () => {
    expect(joinSpacedNames('人民日报记者 孙 振 宇')).toBe('人民日报记者 孙振宇');
    expect(joinSpacedNames('□ 欧 阳 林')).toBe('□ 欧阳林');
    expect(joinSpacedNames('记者 孙 振 宇 通讯员 何 亮')).toBe('记者 孙振宇 通讯员 何亮');
    expect(joinSpacedNames('（记者 孙 振 宇）')).toBe('（记者 孙振宇）');
  });

  it('leaves two padded two-character names two names, and a lone character with no name after it alone', () => {
    expect(joinSpacedNames('记者 王 腾 李 明')).toBe('记者 王腾 李明');
    expect(joinSpacedNames('记者 王 腾 李明')).toBe('记者 王腾 李明');
    expect(joinSpacedNames('本报记者孙振宇')).toBe('本报记者孙振宇');
  });

  it('makes a byline of two media joined by a middle dot, a role and the name', () => {
    for (const t of ['农民日报·中国农网记者 孙 振 宇', '经济日报·中国经济网记者 欧 阳 林', '人民日报记者 孙 振 宇 王晓东']) expect(isRoleByline(t)).toBe(true);
  });

  it('leaves sentences and letter-spaced headings alone', () => {
    for (const t of ['农民日报·中国农网记者孙振宇说，今年收成很好。', '记 者 手 记', '记者 孙 振 宇说，今年收成很好。', '□ 春 风 十 里']) expect(isRoleByline(t)).toBe(false);
  });

  it('is no headline at the top of a feature', () => {
    const html = ['<p>农民日报·中国农网记者 孙 振 宇</p>', '<p>　　五月的田野里，机器轰鸣。</p>', '<p>　　这是他种地的第十个年头。</p>'].join('');
    expect(fromHtml(html)[0]).toBe('byline: 农民日报·中国农网记者 孙 振 宇');
  });
});

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`);

describe('a bracketed photographer whose two-character name print padded', () => {
  it('ends a caption after an agency credit', () => {
    for (const t of ['护士为老人测量血压（5月8日摄）。新华社发（吴 德 摄）', '村民在田间插秧。（记者 何 亮 摄）', '游客在古镇游览。新华社发（欧 文 摄）']) expect(isCaptionLine(t)).toBe(true);
  });

  it('is a caption line of its own before the story, not the story’s first sentence', () => {
    const text = ['护士为老人测量血压（5月8日摄）。新华社发（吴 德 摄）', '', '　　地处山区的加榜乡，过去村民看', '病要跑上百里山路。', ''].join('\n');
    expect(blocks(text)).toEqual(['caption: 护士为老人测量血压（5月8日摄）。新华社发（吴德摄）', 'body: 地处山区的加榜乡，过去村民看病要跑上百里山路。']);
  });

  it('leaves sentences with a bracket of lone characters and unbracketed words alone', () => {
    for (const t of ['他把两个字写成（上 下）两行。', '这些照片都是他自己拍的（不 摄）', '村民在田间插秧，记者前去采访。']) expect(isCaptionLine(t)).toBe(false);
  });
});

describe('a 名单 row of a group and two names', () => {
  const LEAD = ['日前，省妇联授予一批同志“巾帼建功', '标兵”称号。其中，中部六省的同志名', '单如下：', ''].join('\n');
  const LEAD_BLOCK = 'body: 日前，省妇联授予一批同志“巾帼建功标兵”称号。其中，中部六省的同志名单如下：';
  it('ends before the next group’s row, after an empty line or a short line', () => {
    const text = [LEAD, '山西省：张秀兰　李　娜', '', '安徽省：王桂芳　陈晓燕　刘　敏', '', '湖北省：胡晓琴　郑　洁', '湖南省：彭新华　谭　芳'].join('\n');
    expect(blocks(text)).toEqual([LEAD_BLOCK, 'body: 山西省：张秀兰李娜', 'body: 安徽省：王桂芳陈晓燕刘敏', 'body: 湖北省：胡晓琴郑洁', 'body: 湖南省：彭新华谭芳']);
  });

  it('leaves a row cut by a column, and sentences opening with a label, to go on', () => {
    expect(blocks([LEAD, '河南省：赵淑贞　孙　艳　马', '玉芝', '', '湖北省：胡晓琴　郑　洁'].join('\n'))).toEqual([LEAD_BLOCK, 'body: 河南省：赵淑贞孙艳马玉芝', 'body: 湖北省：胡晓琴郑洁']);
    // a sentence naming a person after a label goes on into its next print line
    expect(blocks(['　　会议指出：王建国　同志在任期', '间做了大量工作。'].join('\n'))).toEqual(['body: 会议指出：王建国同志在任期间做了大量工作。']);
  });
});
