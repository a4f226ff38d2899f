// A byline whose names hold an ideograph outside the basic CJK block (`湖北日报全媒记者　张　𬭎　通讯员　谭𬞟`), from what
// the blind161 pages showed (tests/fixtures/pages/blind161-*, the encodings servers send: the 湖北日报 page in GB18030 with
// four-byte name characters): rare name characters of CJK Extension A, the compatibility block and the supplementary
// planes are read as name characters, so the line is a byline and no headline. Snippets written for these tests in the
// pages' shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';
import { foldRareIdeographs } from '../../lib/reflow/rare-ideographs';

const page = (first: string): string => [
  first,
  '',
  '清晨6点半，镇上的客运班车准时出',
  '发，沿着新修的水泥路开进大山深',
  '处的村子。',
  '',
  '今年以来，各地新开通农村客运班',
  '线三百多条。',
].join('\n');
const BODY = [
  { kind: 'body', text: '清晨6点半，镇上的客运班车准时出发，沿着新修的水泥路开进大山深处的村子。' },
  { kind: 'body', text: '今年以来，各地新开通农村客运班线三百多条。' },
];

describe('a byline whose names hold a rare ideograph (blind161)', () => {
  it('gives a medium\'s byline with supplementary-plane name characters as a byline, over the paragraphs', () => {
    expect(reflowText(page('湖北日报全媒记者　张　𬭎　通讯员　谭𬞟'))).toEqual([
      { kind: 'byline', text: '湖北日报全媒记者　张　𬭎　通讯员　谭𬞟' },
      ...BODY,
    ]);
  });

  it('reads names with characters of Extension A and the supplementary planes alike', () => {
    for (const t of ['湖北日报全媒记者　张　𬭎', '人民日报记者　刘䶮', '湖北日报全媒记者　张　𬭎　通讯员　谭𬞟']) expect(isRoleByline(t)).toBe(true);
  });

  it('leaves alone sentences that hold such a character, and bylines of basic characters', () => {
    for (const t of ['张𬭎说，今年的班车比往年多。', '记者　张𬭎说，班车比往年多了。', '我省今年新建𬇙水大桥三座']) expect(isRoleByline(t)).toBe(false);
    expect(reflowText(page('张𬭎说，今年的班车比往年多。'))[0]).toEqual({ kind: 'body', text: '张𬭎说，今年的班车比往年多。' });
    expect(isRoleByline('湖北日报全媒记者　张　宇　通讯员　谭萍')).toBe(true);
  });

  it('folds only the rare ideographs, and returns a line without them as it is', () => {
    expect(foldRareIdeographs('谭𬞟　刘䶮　王𫍯')).toBe('谭某　刘某　王某');
    const plain = '记者　张　宇';
    expect(foldRareIdeographs(plain)).toBe(plain);
  });
});
