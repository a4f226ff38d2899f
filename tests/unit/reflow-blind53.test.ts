// The rules the blind53 round added: a story cited under 相关阅读 (lib/reflow/cited-story.ts) is no subheading and
// stands apart from the next one; an editor line whose names print letter-spaced (lib/extract/boilerplate.ts) is left
// out of the article as every editor line is.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { citedApart, isCitedStory } from '../../lib/reflow/cited-story';
import { isEditorLine } from '../../lib/extract/boilerplate';

describe('a story cited under 相关阅读 (isCitedStory, citedApart)', () => {
  it('changes: a 《title》 with the date or page it ran on, in brackets', () => {
    expect(isCitedStory('《于都：脐橙搭上“快车道”》（本报2026年11月3日第5版）')).toBe(true);
    expect(isCitedStory('《我省农村公路“路长制”实现全覆盖》（本报2026年9月18日第2版）')).toBe(true);
    expect(isCitedStory('《老街新生》（11月20日A3版）')).toBe(true);
    expect(isCitedStory('《城市书房开到家门口》（第6版）')).toBe(true);
    expect(citedApart('《老街新生》（11月20日A3版）', '《城市书房开到家门口》（第6版）', 0)).toBe(true);
    expect(citedApart('《老街新生》（11月20日A3版）', '链接', 1)).toBe(true);
  });
  it('leaves alone: a title in 《》 heading a section, with a year or a part in brackets, or with words after it', () => {
    expect(isCitedStory('《红楼梦》里的年味')).toBe(false);
    expect(isCitedStory('《民法典》（2020年）')).toBe(false);
    expect(isCitedStory('《条例》解读（上）')).toBe(false);
    expect(isCitedStory('据《人民日报》（11月3日）报道，')).toBe(false);
    expect(isCitedStory('相关阅读')).toBe(false);
    expect(citedApart('《老街新生》里的年味', '《城市书房开到家门口》（第6版）', 1)).toBe(false);
    expect(citedApart('《老街新生》（11月20日A3版）', '报道，老街的改造已完成。', 0)).toBe(false);
  });
  it('reads a 相关阅读 box as its head and one paragraph per cited story, no headline among them', () => {
    const text = ['　　明年将继续推进农村公路提质改造。', '', '相关阅读', '', '《我省农村公路“路长制”实现全覆盖》（本报2026年9月18日第2版）', '',
      '《于都：脐橙搭上“快车道”》（本报2026年11月3日第5版）'].join('\n');
    expect(reflowText(text)).toEqual([
      { kind: 'body', text: '明年将继续推进农村公路提质改造。' },
      { kind: 'heading', text: '相关阅读' },
      { kind: 'body', text: '《我省农村公路“路长制”实现全覆盖》（本报2026年9月18日第2版）' },
      { kind: 'body', text: '《于都：脐橙搭上“快车道”》（本报2026年11月3日第5版）' },
    ]);
  });
  it('still makes a 《》 subheading a heading', () => {
    const text = ['　　这是第一段。', '', '《红楼梦》里的年味', '', '　　这是第二段。'].join('\n');
    expect(reflowText(text).map((b) => b.kind)).toEqual(['body', 'heading', 'body']);
  });
});

describe('an editor line with letter-spaced names (isEditorLine)', () => {
  it('changes: roles and two-character names padded by print, no colon', () => {
    expect(isEditorLine('本版编辑　周　洁　美编　张　宁')).toBe(true);
    expect(isEditorLine('责任编辑　何　平')).toBe(true);
    expect(isEditorLine('审核　张强　校对　李华')).toBe(true);
  });
  it('leaves alone: a sentence about an editor, a role with no name, a byline', () => {
    expect(isEditorLine('编辑　周　洁说，版面还要再改一改。')).toBe(false);
    expect(isEditorLine('本版编辑')).toBe(false);
    expect(isEditorLine('记者　周　洁　通讯员　张　宁')).toBe(false);
    expect(isEditorLine('编辑部　公告')).toBe(false);
  });
});
