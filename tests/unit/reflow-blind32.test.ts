// Rules from what the blind32 pages showed (tests/fixtures/pages/blind32-*, npm run score:blind -- --set blind32): a line
// of two credits, each a role, a slash and a personal name print padded (`文/钱 丽　图/俞 斌`), is a byline, not a headline.
// With the lines the rule must leave alone. Text written for these tests in the shape of the blind32 pages, not copied
// from them.
import { describe, expect, it } from 'vitest';
import { isRoleByline } from '../../lib/reflow/classify';
import { reflowText } from '../../lib/reflow';
import { isAuthorSlash } from '../../lib/reflow/signed-names';

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
