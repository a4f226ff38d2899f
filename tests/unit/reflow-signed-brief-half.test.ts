// On a page printed one `<p>` per column piece, a piece signed with a credit right after a piece a
// column cut mid-sentence was taken for a photo caption (which stands beside the columns) when the
// column grid was computed — also where it is the signed second half of a brief, right above the next
// brief's headline, so the grid was lost (dev4–dev6 re-printed showed it). A signed caption between a
// paragraph's halves is still a caption. Text written for these tests in the shape of a page of briefs.
import { describe, expect, it } from 'vitest';
import { reflowText, textToLines, type Block } from '../../lib/reflow';
import { measure } from '../../lib/reflow/columns';
import { pieceGrid } from '../../lib/reflow/piece-grid';
import { printBlocks } from '../helpers/print-shapes';

const h = (text: string): Block => ({ kind: 'heading', text });
const b = (text: string): Block => ({ kind: 'body', text });
const BRIEFS: Block[] = [
  h('城西新建两座口袋公园'),
  b('本报讯　城西街道新建的两座口袋公园日前向市民开放，园内设有健身步道、儿童游乐区和休息座椅，周边三个小区的居民步行五分钟就能到达。（周晓燕）'),
  h('县图书馆推出送书上门服务'),
  b('本报讯　即日起，县图书馆面向行动不便的老人和残疾人推出送书上门服务，读者打电话预约后，工作人员将在三天内把图书送到家中，借期一个月。（林海）'),
  h('南山村茶园迎来采摘季'),
  b('本报讯　连日来，南山村四百多亩茶园迎来秋茶采摘季，村里组织了三十多名村民上山采茶，今年秋茶预计产量比去年增加两成，收购价格保持稳定。（吴建国 陈丽）'),
  h('城乡公交新增两条线路'),
  b('本报讯　县城至白沙镇、县城至青石乡的两条城乡公交线路日前开通，两条线路每天各发车十班，票价统一为两元，沿线二十多个村的村民出行更方便了。（许亮）'),
  h('老年大学秋季班开课'),
  b('本报讯　县老年大学秋季班日前开课，今年新开设了智能手机应用、短视频制作和太极拳等八门课程，报名人数达到一千二百多人，创历年新高。（王佳）'),
  h('社区食堂开进老小区'),
  b('本报讯　城东街道首家社区食堂日前在梅园小区开张，每天供应早餐和午餐，八十岁以上老人每餐减免两元，开张一周已接待老人一千多人次。（赵敏）'),
];

const kinds = (blocks: readonly Block[]): string[] => blocks.map((x) => `${x.kind} ${x.text.replace(/[ \u3000]/gu, '')}`);
const gridOf = (text: string) => pieceGrid(measure(textToLines(text)));

describe('the signed second half of a brief a column cut', () => {
  for (const [w, ht] of [[13, 4], [14, 6], [16, 5]] as const) {
    it(`is column text of the brief, and the page's grid is found (${w} wide, ${ht} tall)`, () => {
      const text = printBlocks(BRIEFS, 'p-cut', w, ht);
      expect(text).toMatch(/\n[^\n]{1,30}。（[^）]+）\n\n[^\n]+\n/u);
      expect(gridOf(text)).toMatchObject({ width: w, height: ht });
      expect(kinds(reflowText(text, { punctuation: false }))).toEqual(kinds(BRIEFS));
    });
  }

  it('leaves a signed caption between the halves of a paragraph a caption', () => {
    const long = [
      '今年以来，城西街道把口袋公园建设列入民生实事项目，利用拆后空地、边角地和闲置地块，先后建成口袋公园六座，新增绿地面积一万二千多平方米。',
      '公园建成后，街道还组织志愿者开展认领养护活动，居民可以认领一棵树或者一片花坛，定期浇水、除草和修剪，公园的日常管理变成了大家的事。',
      '街道相关负责人表示，明年还将再建三座口袋公园，并在公园里增设直饮水点、公共厕所和无障碍通道，让老人和孩子都能在家门口享受到绿色空间。',
      '不少居民说，以前小区周边只有马路和停车场，现在晚饭后可以到公园散步，周末还能带孩子去滑滑梯，生活环境比过去好了很多，邻里之间也更熟悉了。',
    ];
    const blocks: Block[] = [b(long[0] as string), b(long[1] as string), { kind: 'caption', text: '居民在口袋公园里散步。（周晓燕）' }, b(long[2] as string), b(long[3] as string)];
    const text = printBlocks(blocks, 'p-cut', 14, 4);
    // Printed after a piece a column cut mid-sentence, before the paragraph's second half.
    expect(text).toMatch(/[^。\n]\n\n居民在口袋公园里散步。（周晓燕）\n\n/u);
    expect(kinds(reflowText(text, { punctuation: false }))).toEqual(kinds(blocks));
  });
});
