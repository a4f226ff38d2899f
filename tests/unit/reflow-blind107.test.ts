// The rules the blind107 round added: (1) lib/reflow/part-numerals.ts (asked in segment.ts): a 散文's part numbers, each
// alone on a print line (`一`, `二`, `三`, flush or centred with full-width spaces), are headings where the next or the
// one before stands alone further along; (2) lib/reflow/signed-names.ts isReaderSigned: a reader's signature with a
// two-character name padded as print pads it (`读者　陈　斌`) signs a letter as `读者　沈建华` does, so the short line under
// it is the next letter's title or the reply's head; (3) lib/reflow/notice-names.ts noticeNameAlone (asked in
// join-rule.ts): a notice's name alone on the text's first print line, or under a finished sentence, ends over the
// prose under it in print lines with no indent and no empty line.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { partNumberLines } from '../../lib/reflow/part-numerals';
import { isReaderSigned } from '../../lib/reflow/signed-names';
import { noticeNameAlone } from '../../lib/reflow/notice-names';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (texts: readonly string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const blocks = (texts: readonly string[]): string[] => reflowText(texts.join('\n')).map((b) => `${b.kind}: ${b.text}`);

// A 散文 in pre-wrapped print lines sixteen wide, indented paragraphs, its parts numbered on lines of their own (written
// for this test).
const ESSAY = ['□ 陆　原', '　　　　　　　一', '　　小时候，镇上最热闹的地方是轮', '船码头。每天清早，开往县城的班船', '一靠岸，挑担的、背筐的都往上挤。',
  '　　　　　　　二', '　　后来通了公路，班船停了，码头', '边的茶馆也关了门。', '　　　　　　　三', '　　今年春天再回镇上，码头修成了', '一座小公园，石阶还是原来的石阶。'];

describe('a 散文\'s part numbers alone on print lines (partNumberLines)', () => {
  it('changes: a series of numbers alone, centred or flush, under a sentence end or the writer\'s line', () => {
    expect([...partNumberLines(lines(ESSAY))]).toEqual([1, 5, 8]);
    expect([...partNumberLines(lines(ESSAY.map((t) => t.replace(/^　{7}/u, ''))))]).toEqual([1, 5, 8]);
    expect(blocks(ESSAY).filter((b) => b.startsWith('heading'))).toEqual(['heading: 一', 'heading: 二', 'heading: 三']);
    expect(blocks(ESSAY)).toContain('body: 后来通了公路，班船停了，码头边的茶馆也关了门。');
  });
  it('leaves alone: a number with no series, numbers out of order, one under a line that goes on, a number with a mark', () => {
    expect(partNumberLines(lines(ESSAY.slice(0, 5))).size).toBe(0);
    expect(partNumberLines(lines(['　　　　　　　三', '　　小时候，镇上最热闹的地方是轮', '船码头。', '　　　　　　　一', '　　后来通了公路。'])).size).toBe(0);
    expect(partNumberLines(lines(['　　他把这些年的账一笔一笔算清，合', '一', '　　　　　　　二', '　　后来通了公路。'])).size).toBe(0);
    expect(partNumberLines(lines(['船码头。', '一、', '　　后来通了公路。', '二、', '　　码头修成了公园。'])).size).toBe(0);
  });
});

describe('a reader\'s signature with a padded two-character name (isReaderSigned)', () => {
  it('changes: `读者　陈　斌` signs as `读者　沈建华` does, so the short line under it heads the next letter', () => {
    expect(isReaderSigned('读者　陈　斌')).toBe(true);
    expect(isReaderSigned('网友 李 明')).toBe(true);
    expect(isReaderSigned('读者　沈建华')).toBe(true);
  });
  it('leaves alone: a column label, a name with no family name, more than one space, a padded name of three', () => {
    expect(isReaderSigned('读者来信')).toBe(false);
    expect(isReaderSigned('读者　的　话')).toBe(false);
    expect(isReaderSigned('读者　陈　　斌')).toBe(false);
    expect(isReaderSigned('读者　陈　建　华')).toBe(false);
  });
});

// A 服务 page's notices in print lines fifteen wide, no indent and no empty line (written for this test).
const NOTICES = ['停气通知', '因燃气管道迁改施工，城东片区部分', '用户将暂停供气。', '停气时间：11月20日8:00至18:00。', '停电信息',
  '11月21日8:00至16:00，城西街道部', '分区域。'];

describe('a notice\'s name alone over its text in unmarked print lines (noticeNameAlone)', () => {
  it('changes: the name on the first line, and one under a finished sentence, ends over the prose under it', () => {
    const ls = lines(NOTICES);
    expect(noticeNameAlone(ls, ls[0] as Line, ls[1] as Line)).toBe(true);
    expect(blocks(NOTICES).slice(0, 2)).toEqual(['heading: 停气通知', 'body: 因燃气管道迁改施工，城东片区部分用户将暂停供气。']);
    const under = lines(['请用户提前做好准备。', '停水通知', '因管网改造，城北片区部分用户将暂', '停供水。']);
    expect(noticeNameAlone(under, under[1] as Line, under[2] as Line)).toBe(true);
  });
  it('leaves alone: a closing formula, a name under a line that goes on, a name over a line with no mark, a longer line', () => {
    const formula = lines(['特此公告', '城东片区部分用户将暂停供气，请提前']);
    expect(noticeNameAlone(formula, formula[0] as Line, formula[1] as Line)).toBe(false);
    const goesOn = lines(['自来水公司将发布新的', '停水通知', '请用户留意，做好准备。']);
    expect(noticeNameAlone(goesOn, goesOn[1] as Line, goesOn[2] as Line)).toBe(false);
    const noMark = lines(['停水通知', '城北片区东园小区西园小区']);
    expect(noticeNameAlone(noMark, noMark[0] as Line, noMark[1] as Line)).toBe(false);
    const longer = lines(['关于城北片区停水的通知，请用户', '提前做好储水准备。']);
    expect(noticeNameAlone(longer, longer[0] as Line, longer[1] as Line)).toBe(false);
  });
});
