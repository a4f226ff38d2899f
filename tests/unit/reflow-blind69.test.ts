// The rule the blind69 round added. lib/reflow/word-fit.ts (asked in join-rule.ts through nextRunDidNotFit): a print line
// ending in a character, in a paragraph that holds a clause mark, whose next line opens with a mark print may not set at a
// line's end (`“`, `《`, `（`) and closes it again, and that lacks less than that mark and the character after it to fill its column, is full:
// the mark went down with its character, so the paragraph goes on.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { nextRunDidNotFit } from '../../lib/reflow/word-fit';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const fits = (a: string, b: string, w: number, inClause = true): boolean => {
  const [x, y] = lines(a, b);
  return nextRunDidNotFit(x!, y!, w, inClause);
};

describe('a line one character short whose next opens with a mark that may not end a line (openingMarkWentDown)', () => {
  it('changes: a line ending in a character, the next opening with “, 《 or （ it closes again, less than two characters left', () => {
    expect(fits('受访专家认为，“慢就业”不等于', '“不就业”，学校和家庭应加强职业', 16)).toBe(true);
    expect(fits('市民可以登录政务服务网查询相关', '《办事指南》，按要求准备材料。', 15)).toBe(true);
    expect(fits('户口迁移手续由公安机关和户籍所在地乡镇', '（街道）负责。', 20)).toBe(true);
    expect(fits('　　居民通过手机上的小程序或者', '“嘉兴停车”预约后', 16)).toBe(true);
  });
  it('leaves alone: two characters or more left, a line ending in a mark, a next line opening otherwise or with a quotation it does not close, no clause mark', () => {
    expect(fits('受访专家认为，“慢就业”', '“不就业”，学校和家庭应加强职业', 16)).toBe(false);
    expect(fits('受访专家认为，慢就业不等于不就。', '“不就业”，学校和家庭应加强职业', 16)).toBe(false);
    expect(fits('受访专家认为，“慢就业”不等于', '不就业，学校和家庭应加强职业规划', 16)).toBe(false);
    expect(fits('受访专家认为，“慢就业”不等于', '“不就业”，学校和家庭应加强职业', 16, false)).toBe(false);
    expect(fits('课间长了，孩子们动起来了', '“以前课间上个厕所就没了，现在能', 16)).toBe(false);
    expect(fits('课间长了，孩子们动起来了', '“以前课间上个厕所就没了，', 13)).toBe(false);
    expect(fits('受访专家认为，“慢就业”不等于', '“', 16)).toBe(false);
  });
  it('joins such a line to the next in pre-wrapped plain text sixteen wide', () => {
    // The shape of the blind69 中国青年报 page (pre-wrap plain, sixteen wide), written here anew.
    const text = [
      '本报记者　王　倩　实习生　陈思远', '临近年底，不少应届毕业生已经签约，', '也有一部分人选择“慢就业”：有的', '继续备考，有的外出游学，有的在家',
      '“充电”。', '中国青年报社社会调查中心近日对20', '00名高校毕业生进行的一项调查显示，', '有23.5%的受访者表示身边有“慢就',
      '业”的同学。', '“我想先想清楚自己适合做什么，再', '去找工作。”北京某高校应届毕业生', '刘畅说，她准备用半年时间去几家企',
      '业实习，看看自己的兴趣所在。', '受访专家认为，“慢就业”不等于', '“不就业”，学校和家庭应加强职业', '规划指导，帮助毕业生尽早明确方向。',
    ].join('\n');
    expect(reflowText(text).map((b) => b.text).slice(-1)).toEqual(['受访专家认为，“慢就业”不等于“不就业”，学校和家庭应加强职业规划指导，帮助毕业生尽早明确方向。']);
  });
  it('still parts a 小标题 of two comma-parted phrases from a paragraph opening with a quotation', () => {
    const text = ['从这学期起，我市中小学全面推行课', '间15分钟，把原来的10分钟课间延长', '了5分钟。全市已有320所中小学调整', '了作息时间。',
      '课间长了，孩子们动起来了', '“以前课间上个厕所就没了，现在能', '下楼玩一会儿。”五年级学生沈梓涵', '说。'].join('\n');
    expect(reflowText(text).some((b) => b.kind === 'heading' && b.text === '课间长了，孩子们动起来了')).toBe(true);
  });
});
