// The rule the blind84 round keeps: lib/reflow/credit-captions.ts creditedCaptions (the segmenter's last pass): a 组图's
// numbered caption (`图①　…`) of a few print lines is a caption, whether or not a credit ends it. (The round's other rule, a
// caption's credit line opening with the rest of the cut line above it, was taken out: a first form of it had been
// narrowed after the held-out generated pages' figure was seen, and its shape was on this set's pages only.)
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { creditedCaptions } from '../../lib/reflow/credit-captions';

const kinds = (text: string): string[] => reflowText(text).map((b) => `${b.kind}: ${b.text}`);

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
