// The rule the blind84 round added. lib/reflow/caption-tail.ts (asked in segment.ts through lines-apart.ts
// captionTailAbove): a photo caption printed over two print lines whose second line, holding the credit, opens with the
// rest of the sentence the first line's end cut (`…桥下不时有货船` / `驶过。记者　X　摄`) or with the rest of a credit's role
// (`…拍照。通` / `讯员　X　摄`) is one caption: the credit line is its last line, not a caption of its own. And
// lib/reflow/credit-captions.ts creditedCaptions (the segmenter's last pass): a 组图's numbered caption (`图①　…`) of a few
// print lines is a caption, whether or not a credit ends it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { captionTailAbove } from '../../lib/reflow/caption-tail';
import { creditedCaptions } from '../../lib/reflow/credit-captions';
import { measure, runWidths, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const block = (ls: Line[]): { kind: string; lines: Line[]; text: string } => ({ kind: 'body', lines: ls, text: ls.map((l) => l.text).join('') });
const kinds = (text: string): string[] => reflowText(text).map((b) => `${b.kind}: ${b.text}`);

// A column sixteen wide: two indented paragraphs fill it, then the caption's two lines.
const BODY = ['　　镇里今年新建了两座口袋公园，', '市民散步休闲有了好去处，周边居民', '都说方便了不少，不少老人每天早晚', '都要来公园里走上一圈，锻炼身体。',
  '　　据介绍，明年还将再建三座口袋', '公园，让更多市民出门就能见绿色。'];
function tail(first: string, second: string, aboveLines = 1): boolean {
  const ls = lines(...BODY, first, second);
  const i = ls.length - 1;
  const above = block(ls.slice(i - aboveLines, i));
  return captionTailAbove(ls, i, runWidths(ls), [above]) === above;
}

describe('a caption\'s credit line opening with the rest of the cut line above it (captionTailAbove)', () => {
  it('changes: the rest of a cut sentence, or of a cut credit role, under a full line that ends no sentence', () => {
    expect(tail('图为市民在新建成的口袋公园里散', '步。记者　周　明　摄')).toBe(true);
    expect(tail('12月5日，市民在新建的口袋公园里散', '步健身。通讯员　李　华　摄')).toBe(true);
    expect(tail('市民在新建成的口袋公园里散步。通', '讯员　李　华　摄')).toBe(true);
  });
  it('leaves alone: a line above that ends a sentence or falls short, a long opening, an indent, no credit, a long block, a paragraph above', () => {
    expect(tail('市民在新建成的口袋公园里散步。', '记者　周　明　摄')).toBe(false);
    expect(tail('市民在口袋公园里散', '步。记者　周　明　摄')).toBe(false);
    expect(tail('镇里今年新建了两座口袋公园，市', '民在公园里散步健身。记者　周　明　摄')).toBe(false);
    expect(tail('图为市民在新建成的口袋公园里散', '　　步。记者　周　明　摄')).toBe(false);
    expect(tail('图为市民在新建成的口袋公园里散', '步。公园还配了健身器材')).toBe(false);
    expect(tail('图为市民在新建成的口袋公园里散', '步。记者　周　明　摄', 4)).toBe(false);
    // A block opened as a paragraph (indented) is no caption's first lines.
    expect(tail('　　镇里还在公园里配了健身器材，', '市民在新建成的口袋公园里散步健身', 1)).toBe(false);
    const ls = lines(...BODY, '　　镇里还在公园里配了健身器材，', '市民在新建成的口袋公园里散步健身', '了。记者　周　明　摄');
    const para = block(ls.slice(-3, -1));
    expect(captionTailAbove(ls, ls.length - 1, runWidths(ls), [para])).toBeUndefined();
    expect(captionTailAbove(ls, ls.length - 1, runWidths(ls), [{ ...para, kind: 'caption' }])).toBeDefined();
  });
  it('makes the two lines one caption in pre-wrapped text, and keeps the paragraph under it apart', () => {
    expect(kinds([...BODY, '图为市民在新建成的口袋公园里散', '步。记者　周　明　摄', '　　镇里提醒，市民游园时请爱护花', '草树木。'].join('\n'))).toEqual([
      'body: 镇里今年新建了两座口袋公园，市民散步休闲有了好去处，周边居民都说方便了不少，不少老人每天早晚都要来公园里走上一圈，锻炼身体。',
      'body: 据介绍，明年还将再建三座口袋公园，让更多市民出门就能见绿色。',
      'caption: 图为市民在新建成的口袋公园里散步。记者　周　明　摄',
      'body: 镇里提醒，市民游园时请爱护花草树木。',
    ]);
    expect(kinds(['12月5日，市民在新建成的口袋公园里散', '步健身，孩子们在草坪上放风筝。通', '讯员　李　华　摄', '　　本报讯　镇里今年新建了两座口袋', '公园，市民散步休闲有了好去处，周', '边居民都说方便了不少，每天早晚都', '要来公园里走上一圈，锻炼身体。', '　　镇里提醒，市民游园时请爱护花', '草树木。'].join('\n'))).toEqual([
      'caption: 12月5日，市民在新建成的口袋公园里散步健身，孩子们在草坪上放风筝。通讯员　李　华　摄',
      'body: 本报讯　镇里今年新建了两座口袋公园，市民散步休闲有了好去处，周边居民都说方便了不少，每天早晚都要来公园里走上一圈，锻炼身体。',
      'body: 镇里提醒，市民游园时请爱护花草树木。',
    ]);
  });
  it('leaves a caption whose own sentence opens its credit line apart from the paragraph above it', () => {
    expect(kinds([...BODY.slice(0, 3), '都要来公园里走上一圈，锻炼身体，', '图为市民在新建成的口袋公园里散步。记者　周　明　摄'].join('\n'))).toContain(
      'caption: 图为市民在新建成的口袋公园里散步。记者　周　明　摄');
  });
});

describe('a 组图\'s numbered caption (creditedCaptions)', () => {
  const body = (text: string, n = 1): { kind: 'body' | 'caption'; text: string; lines: unknown[] } => ({ kind: 'body', text, lines: Array.from({ length: n }) });
  const kindOf = (text: string, n = 1): string => (creditedCaptions([body(text, n)])[0] as { kind: string }).kind;
  it('changes: 图 and a circled number, a space, then the caption, over one to four print lines', () => {
    expect(kindOf('图①　志愿者在公园里清扫落叶。')).toBe('caption');
    expect(kindOf('图③ 孩子们在草坪上放风筝，笑声不断。', 2)).toBe('caption');
  });
  it('leaves alone: a text pointing to a figure, a long paragraph, a number with no 图, a heading', () => {
    expect(kindOf('图①所示的是公园的总体布局，共分为三个区域。')).toBe('body');
    expect(kindOf('图①　志愿者在公园里清扫落叶。', 5)).toBe('body');
    expect(kindOf('①　志愿者在公园里清扫落叶。')).toBe('body');
    expect(creditedCaptions([{ kind: 'heading' as const, text: '图①　公园新貌', lines: [1] }])[0]?.kind).toBe('heading');
  });
  it('makes numbered captions printed under a 组图\'s text captions in pre-wrapped plain text', () => {
    expect(kinds(['本报讯　入冬以来，镇里组织志愿者', '开展公园清扫活动，一周来清运落叶', '和垃圾20余吨。', '图①　志愿者在公园里清扫落叶，', '装进垃圾车运走。', '图②　孩子们在草坪上放风筝。'].join('\n'))).toEqual([
      'body: 本报讯　入冬以来，镇里组织志愿者开展公园清扫活动，一周来清运落叶和垃圾20余吨。',
      'caption: 图①　志愿者在公园里清扫落叶，装进垃圾车运走。',
      'caption: 图②　孩子们在草坪上放风筝。',
    ]);
  });
});
