// The rule the blind122 round added. lib/reflow/segment-steps.ts markPhotoCaptions, asked through sameItemOpening
// (lib/reflow/marked-items.ts): a credited paragraph after another credited one, last on the page or before a headline,
// was taken for a photo caption; not where the two open alike as items of one 简讯 / 快讯 column — the same list mark
// (`■…（记者　X）` / `■…（通讯员　Y）`, `◆德清：…` / `◆南浔：…`) or each a bracketed head glued to its text (`【濮院】…` /
// `【梧桐】…`): the column's last item is body, as the ones above it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { sameItemOpening } from '../../lib/reflow/marked-items';

describe('a 简讯 column\'s last item (sameItemOpening in markPhotoCaptions)', () => {
  it('changes: two paragraphs opening with the same mark, or each with a bracketed head glued, open alike', () => {
    expect(sameItemOpening('■日前，店口镇五金产业工坊投用。（记者　赵佳颖）', '■4月9日，暨阳街道举行招聘会。（通讯员　王　磊）')).toBe(true);
    expect(sameItemOpening('◆德清：德清县举办对接会。（记者　沈　炜）', '◆南浔：南浔区服务中心投用。（通讯员　陆　俊）')).toBe(true);
    expect(sameItemOpening('【濮院】濮院古镇举办发布会。（记者　沈　悦）', '【梧桐】梧桐街道试点邻里食堂。（记者　陆　燕）')).toBe(true);
  });
  it('leaves alone: different marks, no mark, a bracketed head alone on its line, a mark on one only', () => {
    expect(sameItemOpening('■日前，店口镇工坊投用。（记者　赵佳颖）', '◆南浔区服务中心投用。（通讯员　陆　俊）')).toBe(false);
    expect(sameItemOpening('日前，店口镇工坊投用。（记者　赵佳颖）', '4月9日，暨阳街道举行招聘会。（通讯员　王　磊）')).toBe(false);
    expect(sameItemOpening('【江山】', '【龙游】')).toBe(false);
    expect(sameItemOpening('【濮院】濮院古镇举办发布会。（记者　沈　悦）', '梧桐街道试点邻里食堂。（记者　陆　燕）')).toBe(false);
    expect(sameItemOpening('二○二八年春季招工会举行。（记者　X）', '二○二八年义诊活动开展。（记者　Y）')).toBe(false);
  });
  const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  it('gives a ■ column\'s last item, its credit in brackets, as body like the items above it', () => {
    const page = [
      '　　■日前，店口镇五金产业“共', '富工坊”正式投用，吸纳周边村民', '120余人。（记者　赵佳颖）',
      '　　■近日，全市开展垃圾分类“回', '头看”，逐村检查分类设施和收运', '台账。（通讯员　周　琦）',
      '　　■4月9日，暨阳街道举行专场', '招聘会，58家企业提供岗位1100', '余个。（记者　何一帆）',
    ].join('\n');
    expect(blocks(page)).toEqual([
      'body: ■日前，店口镇五金产业“共富工坊”正式投用，吸纳周边村民120余人。（记者　赵佳颖）',
      'body: ■近日，全市开展垃圾分类“回头看”，逐村检查分类设施和收运台账。（通讯员　周　琦）',
      'body: ■4月9日，暨阳街道举行专场招聘会，58家企业提供岗位1100余个。（记者　何一帆）',
    ]);
  });
  it('gives a 【town】 column\'s last item as body', () => {
    const page = [
      '【濮院】4月11日，濮院古镇举办春季毛衫新品发布会，吸引采购商600余人。（记者　沈　悦）',
      '【乌镇】日前，乌镇镇完成18个行政村的“数字乡村”平台建设。（通讯员　钱丽娟）',
      '【梧桐】梧桐街道4月起在6个社区试点“邻里食堂”。（记者　陆　燕）',
    ].join('\n');
    expect(blocks(page)).toEqual([
      'body: 【濮院】4月11日，濮院古镇举办春季毛衫新品发布会，吸引采购商600余人。（记者　沈　悦）',
      'body: 【乌镇】日前，乌镇镇完成18个行政村的“数字乡村”平台建设。（通讯员　钱丽娟）',
      'body: 【梧桐】梧桐街道4月起在6个社区试点“邻里食堂”。（记者　陆　燕）',
    ]);
  });
  it('leaves a signed item after an unmarked credited article a caption, as before', () => {
    const page = [
      '　　日前，店口镇五金产业“共富工坊”正式投用，吸纳周边村民120余人。（记者　赵佳颖）',
      '　　■4月9日，暨阳街道举行专场招聘会，58家企业提供岗位1100余个。（记者　何一帆）',
    ].join('\n');
    expect(blocks(page)[1]).toBe('caption: ■4月9日，暨阳街道举行专场招聘会，58家企业提供岗位1100余个。（记者　何一帆）');
  });
});
