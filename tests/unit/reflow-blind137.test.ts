// The rules the blind137 round added. lib/reflow/marked-runs.ts (markedItemOpensInRun, asked in join-rule.ts): a 简讯
// column whose ■ / ● / ▲ items run on in one run of print lines (<br> lines or pre-wrap, no empty line, no indent) parts
// where a line opens with the item's own mark after the item's finished sentence and its bracketed credit.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { markedItemOpensInRun } from '../../lib/reflow/marked-runs';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a marked item opening in the run of the item before it (markedItemOpensInRun)', () => {
  it('changes: the same mark after a finished sentence, bare or with its credit closed', () => {
    expect(markedItemOpensInRun('■ 柳市镇日前举办电气产业数字', '服务商现场签约。（记者　郑　洁　通讯员　黄　浩）', 0, '■ 虹桥镇新建的3个“城市书房”')).toBe(true);
    expect(markedItemOpensInRun('● 路桥区近日完成辖区58座', '室、第三卫生间等设施。', 0, '● 临海市括苍镇高山茶园冬季')).toBe(true);
  });
  it('leaves alone: another mark, an unfinished sentence, an open credit, a figure row, or a line after an empty line', () => {
    expect(markedItemOpensInRun('■ 柳市镇日前举办电气产业数字', '服务商现场签约。', 0, '● 虹桥镇新建的3个“城市书房”')).toBe(false);
    expect(markedItemOpensInRun('■ 柳市镇日前举办电气产业数字', '化转型对接会，30余家企业与软件', 0, '■ 虹桥镇新建的3个“城市书房”')).toBe(false);
    expect(markedItemOpensInRun('■ 柳市镇日前举办电气产业数字', '服务商现场签约。（记者　郑　洁', 0, '■ 虹桥镇新建的3个“城市书房”')).toBe(false);
    expect(markedItemOpensInRun('■ 3.6万人次　上周末两天良渚', '遗址公园接待游客', 0, '■ 1280户　余杭区本月首批')).toBe(false);
    expect(markedItemOpensInRun('■ 柳市镇日前举办电气产业数字', '服务商现场签约。', 1, '■ 虹桥镇新建的3个“城市书房”')).toBe(false);
  });
  it('parts a plain 简讯 column of ■ items fifteen wide, each whole with its credit', () => {
    const page = ['■ 柳市镇日前举办电气产业数字', '化转型对接会，30余家企业与软件', '服务商现场签约。（记者　郑　洁', '　通讯员　黄　浩）', '■ 虹桥镇新建的3个“城市书房”', '对外开放，藏书共计2.6万册，市', '民可凭社保卡免费借阅。（通讯员', '陈丽丽）', '■ 雁荡镇开展旅游市场秩序专项', '整治，检查民宿、农家乐86家，督', '促整改问题21个。（记者　倪　伟）'];
    expect(blocks(page.join('\n'))).toEqual([
      // The credit's space before 通讯员, printed at the next line's start, is kept (lib/reflow/credit-space.ts opensInCreditSpace;
      // until blind152's round it was dropped as an indentation, gluing `郑　洁通讯员`).
      'body: ■ 柳市镇日前举办电气产业数字化转型对接会，30余家企业与软件服务商现场签约。（记者　郑　洁　通讯员　黄　浩）',
      'body: ■ 虹桥镇新建的3个“城市书房”对外开放，藏书共计2.6万册，市民可凭社保卡免费借阅。（通讯员陈丽丽）',
      'body: ■ 雁荡镇开展旅游市场秩序专项整治，检查民宿、农家乐86家，督促整改问题21个。（记者　倪　伟）',
    ]);
  });
});
