// Rules fitted on the fitting half of the blind sets' re-printed text (blind2–blind18; `npm run score:blind-halves`):
// a subheading with a comma in it (`建管并重，让绿地常新`), a print line alone between empty lines after a finished
// paragraph, short of its column or wider than it, is a heading and not the first line of the paragraph under it. With the text the rule
// must leave alone. Text written for these tests in the shape of 2024–26 浙江 county papers, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

// Print lines of 17 characters (one piece of a column each run), a paragraph's last line shorter.
const p1 = ['今年以来，县里新建口袋公园十二处，', '利用的都是城区闲置地块和拆后空地，', '附近居民出门就到。'];
const p2 = ['县住建局相关负责人介绍，今年县里对', '城区闲置地块进行了全面排查，梳理出', '可利用的边角地二十三处。'];
const p3 = ['公园建成后，管护交给所在社区，每处', '都配有一名专职管护员，负责日常保洁', '和设施巡查。'];
const join = (ls: string[]): string => ls.join('');

describe('a subheading with a comma, alone between empty print lines', () => {
  it('is a heading where it falls short of the column (<br> print lines with empty lines, re-printed)', () => {
    const text = [...p1, '', '建管并重，让绿地常新', '', ...p2, '', ...p3].join('\n');
    expect(kinds(text)).toEqual([`body: ${join(p1)}`, 'heading: 建管并重，让绿地常新', `body: ${join(p2)}`, `body: ${join(p3)}`]);
  });

  it('is a heading where it is wider than the column (a print line never is)', () => {
    const head = '建管并重，让城区每座口袋公园都常新常美';
    const text = [...p1, '', head, '', ...p2, '', ...p3].join('\n');
    expect(kinds(text)).toEqual([`body: ${join(p1)}`, `heading: ${head}`, `body: ${join(p2)}`, `body: ${join(p3)}`]);
  });

  it('leaves a line as wide as the column alone: a paragraph\'s first line a column cut', () => {
    const first = '管护交给所在社区，每处公园都配有';
    const rest = ['一名专职管护员，负责日常保洁和设', '施巡查，居民也可通过热线反映。'];
    const text = [...p1, '', first, '', ...rest, '', ...p2].join('\n');
    expect(kinds(text)).toContain(`body: ${first}${join(rest)}`);
  });

  it('leaves a short line with a comma alone where the paragraph before it is left open', () => {
    const open = ['今年以来，县里新建口袋公园十二处，', '利用的都是城区闲置地块和拆后空地，'];
    const text = [...open, '', '附近居民，出门就到', '', ...p2].join('\n');
    expect(kinds(text).some((x) => x.startsWith('heading:'))).toBe(false);
  });
});

describe('a title as wide as the column whose words the lead under it repeats', () => {
  const lead = ['城南街道“共享菜园”日前正式开园，', '三十余户居民认领了自己的地块，种上', '了青菜和萝卜。'];
  const title = '城南街道“共享菜园”正式开园迎新主人';
  it('is a heading between empty print lines (its words recur in the lead: `城南街道`)', () => {
    const text = [...p1, '', title, '', ...lead, '', ...p2].join('\n');
    expect(kinds(text)).toEqual([`body: ${join(p1)}`, `heading: ${title}`, `body: ${join(lead)}`, `body: ${join(p2)}`]);
  });

  it('leaves a paragraph\'s first line alone where a column cut it and the words do not recur', () => {
    const first = '县住建局相关负责人介绍今年县里对城';
    const rest = ['区闲置地块进行了全面排查，梳理出可', '利用的边角地二十三处。'];
    const text = [...p1, '', first, '', ...rest, '', ...p3].join('\n');
    expect(kinds(text)).toContain(`body: ${first}${join(rest)}`);
  });

  it('leaves a title run into its item\'s text alone (a space parts them: `…开园　城南街道` / `辖区共享菜园…`)', () => {
    const first = '城南街道共享菜园正式开园　城南街道';
    const rest = ['辖区共享菜园近日开园，三十余户居民', '认领了自己的地块。'];
    const text = [...p1, '', first, '', ...rest, '', ...p2].join('\n');
    expect(kinds(text)).toContain(`body: ${first}${join(rest)}`);
  });
});
