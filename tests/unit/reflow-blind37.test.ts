// Rules from what the blind37 pages showed (tests/fixtures/pages/blind37-*, npm run -s score:blind -- --set blind37): a
// paragraph a column cut right after a colon, its rest one unindented element of prose on a page that indents its
// paragraphs, goes on; and a 名单 of households (`王建平家庭（吴宁街道）`), one entry to an element, is a list of
// entries, its last ending before the paragraph after it. With the shapes the rules must leave alone. Text written for
// these tests in the shape of the blind37 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isNamedEntry, namedListEnds } from '../../lib/reflow/named-entries';

// Each string an element of its own (an empty line between them, as `<p>`s are read).
const blocks = (elements: string[]): string[] =>
  reflowText(elements.join('\n\n'), { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`);

const lead = '　　本报讯　6月8日，全市供水保障工作推进会召开。记者从会上获悉，今年全市将新建改造供水管网120公里。';
const after = '　　市水务局有关负责人表示，所有工程将在年底前完工，惠及群众20余万人。';

describe('a paragraph a column cut right after a colon', () => {
  it('goes on into the one unindented element of prose after it', () => {
    const got = blocks([lead, '　　据介绍，今年的供水工程由市水务集团负责实施，主要有三项内容：', '管网改造、水厂提标和二次供水设施更新。其中，管网改造占总投资的一半以上。', after]);
    expect(got).toContain('body: 据介绍，今年的供水工程由市水务集团负责实施，主要有三项内容：管网改造、水厂提标和二次供水设施更新。其中，管网改造占总投资的一半以上。');
    expect(got).toHaveLength(3);
  });

  it('goes on where that element ends the text', () => {
    const got = blocks([lead, '　　据介绍，今年的供水工程由市水务集团负责实施，主要有三项内容：', '管网改造、水厂提标和二次供水设施更新，年底前全部完工。']);
    expect(got).toContain('body: 据介绍，今年的供水工程由市水务集团负责实施，主要有三项内容：管网改造、水厂提标和二次供水设施更新，年底前全部完工。');
  });

  it('leaves alone a run of items, an announcement, a short item, a quotation, verse, a label and a page that does not indent', () => {
    // Two unindented elements after the colon: a list's items (the colon's paragraph stands alone).
    const list = blocks([lead, '　　据介绍，今年的供水工程由市水务集团负责实施，主要有两项内容：', '完善城乡供水管网，提升供水保障能力。', '推进水厂提标改造，改善出厂水质。', after]);
    expect(list).toContain('body: 据介绍，今年的供水工程由市水务集团负责实施，主要有两项内容：');
    // An announcement of what follows.
    const announced = blocks([lead, '　　据介绍，今年的供水工程安排如下：', '管网改造、水厂提标和二次供水设施更新，年底前全部完工。', after]);
    expect(announced).toContain('body: 据介绍，今年的供水工程安排如下：');
    // A short element: an item, not a column's rest.
    const short = blocks([lead, '　　据介绍，今年的供水工程主要有三项：', '管网、水厂和泵站。', after]);
    expect(short).toContain('body: 据介绍，今年的供水工程主要有三项：');
    // A quotation after its speaker's colon, set apart.
    const quoted = blocks([lead, '　　会上，市水务集团负责人在发言中说：', '“管网改造关系千家万户，我们一定按期完成，让群众早日受益。”', after]);
    expect(quoted).toContain('body: 会上，市水务集团负责人在发言中说：');
    // Verse quoted after its colon, its clauses all of one length.
    const verse = blocks([lead, '　　走进村里的荔枝园，总让人想起古人写下的诗句：', '日啖荔枝三百颗，不辞长作岭南人。', after]);
    expect(verse).toContain('body: 走进村里的荔枝园，总让人想起古人写下的诗句：');
    // A label opening the element (a field of a notice).
    const field = blocks([lead, '　　如有疑问，请与市水务集团联系，联系方式：', '联系电话：0571-88886666，工作日8:30—17:00。', after]);
    expect(field).toContain('body: 如有疑问，请与市水务集团联系，联系方式：');
    // No paragraph indented on the page: indentation says nothing, and this rule does not decide.
    const plain = blocks(['本报讯　6月8日，全市供水保障工作推进会召开。', '据介绍，今年的供水工程由市水务集团负责实施，主要有三项内容：', '管网改造、水厂提标和二次供水设施更新。其中，管网改造占总投资的一半以上。', '市水务局有关负责人表示，所有工程将在年底前完工。']);
    expect(plain).toContain('body: 据介绍，今年的供水工程由市水务集团负责实施，主要有三项内容：');
  });
});

describe('a 名单 of households, one entry to an element', () => {
  const opening = '　　经各镇（街道）推荐、群众投票和评审委员会评审，评选出2026年度“最美家庭”5户，现予以公布（按姓氏笔画排序）：';
  const closing = '　　希望受表彰的家庭珍惜荣誉，充分发挥示范带动作用，带动更多家庭崇德向善。';

  it('gives each entry a paragraph and ends the list before the paragraph after it', () => {
    const got = blocks([opening, '王志强家庭（城东街道）', '孙丽华家庭（南湖镇）', '李国平家庭（横山镇）', '陈秀英家庭（江北街道）', '周建明家庭（桃源镇）', closing]);
    expect(got).toEqual([
      `body: ${opening.trim()}`,
      'body: 王志强家庭（城东街道）', 'body: 孙丽华家庭（南湖镇）', 'body: 李国平家庭（横山镇）', 'body: 陈秀英家庭（江北街道）', 'body: 周建明家庭（桃源镇）',
      `body: ${closing.trim()}`,
    ]);
  });

  it('reads a household with its place as an entry, and nothing more', () => {
    expect(isNamedEntry('王志强家庭（城东街道）')).toBe(true);
    expect(isNamedEntry('陈国庆（快递员）')).toBe(true);
    // More than the entry, a sentence, a dateline's credit.
    expect(isNamedEntry('王志强家庭（城东街道）获评')).toBe(false);
    expect(isNamedEntry('王志强一家（城东街道），')).toBe(false);
    expect(isNamedEntry('本报讯（记者 王芳）')).toBe(false);
  });

  it('ends the run\'s last entry before an element with a sentence\'s mark', () => {
    expect(namedListEnds('周建明家庭（桃源镇）', '陈秀英家庭（江北街道）', '希望受表彰的家庭珍惜荣誉，充分发挥示范带动作用。')).toBe(true);
    // No entry before it: a paragraph's first print line that reads like an entry (`宣统元年（1909年）` / `又追谥…，…`).
    expect(namedListEnds('宣统元年（1909年）', '这是一个很长的句子，到这里结束。', '又追谥忠节，五月，宣统帝下诏褒奖。')).toBe(false);
    expect(namedListEnds('周建明家庭（桃源镇）', undefined, '希望受表彰的家庭珍惜荣誉，充分发挥示范带动作用。')).toBe(false);
    // An element with no sentence's mark after it.
    expect(namedListEnds('周建明家庭（桃源镇）', '陈秀英家庭（江北街道）', '以上排名不分先后')).toBe(false);
  });

  it('leaves a paragraph opening like an entry, in a print line of its own, to go on', () => {
    const got = blocks(['　　清朝末年，朝廷对他的评价多有反复，直到宣统年间才有定论。', '　　宣统元年（1909年）', '又追谥忠节，五月，宣统帝下诏褒奖，命地方官修祠祭祀。', '　　此后，当地每年都要举行纪念活动。']);
    expect(got).toContain('body: 宣统元年（1909年）又追谥忠节，五月，宣统帝下诏褒奖，命地方官修祠祭祀。');
  });
});
