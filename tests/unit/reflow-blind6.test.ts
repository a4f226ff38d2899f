// Rules from what the blind6 pages showed (tests/fixtures/pages/blind6-*, npm run score:blind):
// a byline that credits the reporter with text and pictures (`记者 X 文/摄`). With the negatives
// it must leave alone. Snippets written for these tests in the shape of the blind6 都市快报 page.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isCaptionLine, isRoleByline } from '../../lib/reflow/classify';

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a byline crediting text and pictures', () => {
  it.each(['记者 张一鸣 文/摄', '本报记者 王俞楠 文／图', '记者　李媛　图/文', '记者 周洁 通讯员 陈亮 文/摄'])('%s is a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it.each(['记者 张一鸣 摄', '（记者 张一鸣 摄）', '游客在西湖边赏桂 记者 张一鸣 摄', '他说要把文/摄影作品都留下来'])('%s is not', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });

  it('stays a byline after an editor\'s note, never a headline', () => {
    const text = '编者按：在杭州的老街巷里，藏着许多守着老手艺的人。本报今起推出“城里的手艺人”系列报道。\n\n记者 张一鸣 文/摄\n\n“我想让老手艺活下去”\n\n在上城区一条老弄堂里，68岁的周师傅守着一间不到10平方米的修伞铺，已经整整40年。';
    expect(blocks(text)).toContain('byline: 记者 张一鸣 文/摄');
    expect(isCaptionLine('记者 张一鸣 文/摄')).toBe(false);
  });
});
