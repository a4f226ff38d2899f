// A run of news briefs under one head (简讯), each signed with its author's credit in brackets
// (`…（通讯员 姚丽萍）`), before the next headline: the last brief is a brief, not a photo caption
// signed like the item before it — it opens with a brief's dateline (`本报讯`). A photo caption
// signed the same way after a signed article stays a caption. Text written for these tests in the
// shape of a city paper's briefs column.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';

const BRIEFS: Block[] = [
  { kind: 'heading', text: '本地简讯' },
  { kind: 'body', text: '本报讯　近日，南湖区新丰镇新建的两座公厕投入使用，公厕设有无障碍通道和母婴室。（记者 沈立新）' },
  { kind: 'body', text: '本报讯　11月28日，秀洲区举办冬季招聘会，62家企业提供岗位1500余个。（通讯员 陆小燕）' },
  { kind: 'body', text: '本报讯　记者从市气象局获悉，本周末全市以晴好天气为主，早晚温差较大。（记者 许文杰）' },
  { kind: 'heading', text: '城东菜场改造完工' },
  { kind: 'body', text: '本报讯　经过四个月的改造，城东农贸市场日前重新开业，摊位由86个增加到120个。' },
];

const PHOTO: Block[] = [
  ...BRIEFS.slice(0, 3),
  { kind: 'caption', text: '新丰镇新建的公厕设有无障碍通道。（记者 许文杰）' },
  ...BRIEFS.slice(4),
];

// A line end may fall on the space inside a credit (`（记者` / `沈立新）`): compared without spaces.
const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind} ${b.text.replace(/[ \u3000]/gu, '')}`);

describe('a run of signed briefs before the next headline', () => {
  for (const shape of ['br-blank', 'p-cut', 'prewrap-indent'] as const) {
    it(`keeps the last brief a paragraph (${shape})`, () => {
      const out = reflowText(printBlocks(BRIEFS, shape, 14, 9), { punctuation: false });
      expect(kinds(out)).toEqual(kinds(BRIEFS));
    });
  }

  it('still reads a signed photo caption after a signed article as a caption', () => {
    const out = reflowText(printBlocks(PHOTO, 'br-blank', 14, 9), { punctuation: false });
    expect(kinds(out)).toEqual(kinds(PHOTO));
  });
});
