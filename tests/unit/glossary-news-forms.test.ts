// Forms the news prints that the real glossary and word list must read as the term (found by comparing the
// matcher with and without its word list over the blind pages' gold text), and the readings around them it
// must keep leaving alone. Sentences written for this test in the shape of those pages.
import { describe, expect, it } from 'vitest';
import { glossary } from '../helpers/glossary-entries';

describe('forms of the news text', () => {
  it.each([
    // 产业链条, the long form of 产业链 (产业|链条 is no reading of it: the chain is the industry's).
    ['竹笋加工等产业链条不断延伸。', '产业链条', 'chanyelian'],
    ['延长产业链条，推动上下游协同发展。', '产业链条', 'chanyelian'],
    // A conjunction alone wins a tie against CC-CEDICT's rare 地和 and 民和 (lib/glossary/segment.ts).
    ['对抛荒地和“非粮化”耕地开展整治。', '抛荒地', 'liaohuangdi'],
    ['保障性租赁住房重点面向新市民和青年人。', '新市民', 'xinshimin'],
  ] as const)('%s → %s', (text, form, id) => {
    expect(glossary.matched(text)).toContain(form);
    expect(glossary.ids(text)).toContain(id);
  });

  it.each([
    ['过去年轻人大多外出打工。'],
    ['夜幕降临，古镇街巷亮起花灯。'],
    ['对首次纳入规模以上统计的企业给予奖励。'],
    ['参保职工可以通过手机办理。'],
    ['省政协组织部分委员走进茶园。'],
  ])('leaves a form across a word edge alone (政协 itself is a term): %s', (text) => {
    expect(glossary.ids(text).filter((id) => id !== 'zhengxie')).toEqual([]);
  });
});
