// Rules from what the blind32 pages showed (tests/fixtures/pages/blind32-*, npm run score:blind -- --set blind32): a line
// of two credits, each a role, a slash and a personal name print padded (`文/钱 丽　图/俞 斌`), is a byline, not a headline;
// a 最美家庭 list's household whose two-character name print padded (`易　敏家庭`) is a name of the row, so the row ends
// before the next group's row. With the lines the rules must leave alone. Text written for these tests in the shape of the blind32 pages, not copied
// from them.
import { describe, expect, it } from 'vitest';
import { isRoleByline } from '../../lib/reflow/classify';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';
import { bareNames } from '../../lib/reflow/name-rows';
import { isAuthorSlash, isNameListLine } from '../../lib/reflow/signed-names';

describe('credits of a role, a slash and a name, two or three on a line', () => {
  it('are a byline, names padded or not', () => {
    expect(isAuthorSlash('文/钱 丽　图/俞 斌')).toBe(true);
    expect(isAuthorSlash('文/王晓明 摄影/李 强')).toBe(true);
    expect(isAuthorSlash('文／叶 子　图片／陈 斌　视频／张海峰')).toBe(true);
    expect(isRoleByline('文/钱 丽　图/俞 斌')).toBe(true);
    expect(isRoleByline('文/周 敏 图/何晓东')).toBe(true);
  });

  it('as before, one credit alone is a byline', () => {
    expect(isAuthorSlash('文/王晓明')).toBe(true);
    expect(isAuthorSlash('图／陈 斌')).toBe(true);
  });

  it('are no byline where a piece names no person, a role is no credit, or there are more than three', () => {
    expect(isAuthorSlash('文/钱 丽　图/新华社')).toBe(false);
    expect(isAuthorSlash('文化/钱 丽　图/俞 斌')).toBe(false);
    expect(isAuthorSlash('文/乡村振兴　图/共同富裕')).toBe(false);
    expect(isAuthorSlash('文/钱丽 图/俞斌 视频/张强 文/李四')).toBe(false);
    expect(isRoleByline('文旅融合/乡村振兴 新路')).toBe(false);
  });

  it('the line heads a pre-wrapped story as its byline, and a real headline stays one', () => {
    const text = '文/钱 丽　图/俞 斌\n　　“十八里相送”的唱腔一起，台\n下的观众就跟着轻轻哼了起来。\n　　登台的都是村里的越剧爱好者。\n';
    expect(reflowText(text, { punctuation: false })[0]).toEqual({ kind: 'byline', text: '文/钱 丽　图/俞 斌' });
    const head = '村里有个越剧夜校\n　　“十八里相送”的唱腔一起，台\n下的观众就跟着轻轻哼了起来。\n　　登台的都是村里的越剧爱好者。\n';
    expect(reflowText(head, { punctuation: false })[0]?.kind).not.toBe('byline');
  });
});

describe('a household whose two-character name print padded', () => {
  it('is read as its name, so the row is a row of names', () => {
    expect(bareNames('荷塘区：刘建平家庭　谭小燕家庭　易　敏家庭')).toBe('刘建平　谭小燕　易　敏');
    expect(isNameListLine('荷塘区：刘建平家庭　谭小燕家庭　易　敏家庭')).toBe(true);
    expect(isNameListLine('芦淞区：罗　丹家庭　李桂香家庭　文志强家庭')).toBe(true);
  });

  it('leaves other words before 家庭 alone', () => {
    expect(bareNames('荷塘区：和谐　美家庭')).toBe('和谐　美家庭');
    expect(isNameListLine('荷塘区：书香家庭　和睦家庭　美　好家庭')).toBe(false);
    expect(bareNames('他说　好家庭要有好家风')).toBe('他说　好家庭要有好家风');
  });

  it('ends its row before the next group\'s row where the rows are re-printed in print lines', () => {
    const rows = ['荷塘区：刘建平家庭　谭小燕家庭　周国庆家庭　易　敏家庭', '芦淞区：李桂香家庭　文志强家庭　罗　丹家庭',
      '石峰区：黄海波家庭　贺春兰家庭　邓　勇家庭　彭丽华家庭', '天元区：陈志明家庭　龙　霞家庭　肖国平家庭'];
    const gold: Block[] = [{ kind: 'body', text: '经各县市区推荐、市级评审和社会公示，现将2026年度“最美家庭”名单公布如下：' },
      ...rows.map((text) => ({ kind: 'body' as const, text }))];
    for (const shape of ['p-cut', 'br-blank'] as const) {
      const out = reflowText(printBlocks(gold, shape, 13, 12), { punctuation: false }).map((b) => b.text.replace(/\s/gu, ''));
      for (const r of rows) expect(out).toContain(r.replace(/\s/gu, ''));
    }
  });
});
