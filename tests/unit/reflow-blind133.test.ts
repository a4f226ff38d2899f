// The rules the blind133 round added.
// lib/reflow/cut-credit.ts (creditCutFromItem, asked in segment.ts): on a 简讯 or 快讯 column set one element per column piece,
// an item's bracketed credit that the column end cut from the item (`……比去年增加15公斤。` / `（通讯员　张建华）`) closes the
// item — where the item opens with a mark or its place in 【】, the page shows a column cut mid-sentence and another item
// carries its credit glued.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const pieces = (...ps: string[]): string => ps.join('\n\n');

describe('a 简讯 item\'s credit cut from it by a column end (creditCutFromItem)', () => {
  const first = '　　■近日，县市场监管局开展秋季食品安全检查，共检查经营户86家，督促整改问';
  const firstRest = '题12个。（记者　李　明）';
  it('changes: the credit alone at the next column\'s top closes its item', () => {
    expect(blocks(pieces(first, firstRest, '　　■日前，城东街道完成老旧小区改造3个，惠及居民1200余户。', '（通讯员　王建国）', '　　■10月12日，县图书馆新馆开放，藏书30万册。（记者　赵　丽）'))).toEqual([
      'body: ■近日，县市场监管局开展秋季食品安全检查，共检查经营户86家，督促整改问题12个。（记者　李　明）',
      'body: ■日前，城东街道完成老旧小区改造3个，惠及居民1200余户。（通讯员　王建国）',
      'body: ■10月12日，县图书馆新馆开放，藏书30万册。（记者　赵　丽）',
    ]);
    expect(blocks(pieces('　　【城南】城南镇新建村级养老服务站4个。', '（记者　周　洁）', '　　【城北】城北街道启用社区食堂，每日供餐', '300余份。（通讯员　陈　斌）'))).toEqual([
      'body: 【城南】城南镇新建村级养老服务站4个。（记者　周　洁）',
      'body: 【城北】城北街道启用社区食堂，每日供餐300余份。（通讯员　陈　斌）',
    ]);
  });
  it('leaves alone: items under their own headlines with no mark, a page with no column cut, or no credit glued elsewhere', () => {
    // A 简讯 of items with headlines, each set one element to a paragraph: the credit apart is the item's byline.
    expect(blocks(pieces('县图书馆新馆开放', '　　本报讯　县图书馆新馆10月12日开放，藏书30万册，设有少儿阅览区和自习区。', '（记者　赵　丽）', '城东老旧小区改造完工', '　　截至目前，城东街道完成老旧小区改造3个，惠及居民1200余户。（通讯员　王建国）'))).toContain('byline: （记者　赵　丽）');
    // No element cut mid-sentence: nothing says a column ended there.
    expect(blocks(pieces('　　■日前，城东街道完成老旧小区改造3个，惠及居民1200余户。', '（通讯员　王建国）', '　　■10月12日，县图书馆新馆开放，藏书30万册。（记者　赵　丽）'))).toContain('byline: （通讯员　王建国）');
    // No other item credited glued: the credit apart is the page's own.
    expect(blocks(pieces('　　■近日，县市场监管局开展秋季食品安全检查，督促整改问', '题12个。', '　　■日前，城东街道完成老旧小区改造3个，惠及居民1200余户。', '（通讯员　王建国）', '　　■10月12日，县图书馆新馆开放，藏书30万册。'))).toContain('byline: （通讯员　王建国）');
  });
});
