// Rules from what the blind5 pages' text showed when re-printed (tests/fixtures/pages/blind5-*,
// npm run score:blind): a print line that opens with 记者 and goes on with a sentence's words is no
// byline; official prose numbers its points `一是…；` / `二是…；` (or `第一，`, `其一，`),
// each a paragraph of its own, like `（一）…；` / `（二）…`. With the negatives it must leave alone:
// points run on inside one paragraph, and the same words inside a sentence. Snippets written for
// these tests in the shape of one <p> per column piece (the blind5 台州晚报 page's text).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';

const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);

describe('numbered points of official prose', () => {
  it('keeps 一是…； / 二是…； / 三是…。 paragraphs apart, each its own <p>', () => {
    const text = [
      '本报记者 林思远 通讯员 王浩',
      '前三季度，路桥区规上工业增加值同比增长9.2%，增速居全市前列。记者近日走访发现，“链主”企业带动、小微园区提质和要素保障，是这份成绩单背后的三股力量。',
      '“链主”企业带动配套集聚',
      '在路桥一家汽车零部件企业的智能车间，上百台设备正满负荷运转。企业负责人说，今年新增的订单中，有三成来自本地配套企业的协同生产。',
      '小微园区“腾笼换鸟”',
      '为破解用地难题，路桥区对低效小微园区实施改造提升：',
      '一是盘活存量土地。全区今年已整治低效用地1260亩，新建小微园区3个；',
      '二是提高亩均效益。入园企业亩均税收达到35万元，是改造前的2倍多；',
      '三是完善园区配套。新建员工公寓、食堂和共享检测平台，让企业“拎包入驻”。',
      '要素保障跟着项目走',
      '“项目要什么，我们就保什么。”区发改局有关负责人表示，下一步将',
      '继续实行重大项目“一项目一专班”，确保全年目标任务顺利完成。',
    ].join('\n\n');
    const out = kinds(text);
    expect(out).toContain('一是盘活存量土地。全区今年已整治低效用地1260亩，新建小微园区3个；');
    expect(out).toContain('二是提高亩均效益。入园企业亩均税收达到35万元，是改造前的2倍多；');
    expect(out).toContain('三是完善园区配套。新建员工公寓、食堂和共享检测平台，让企业“拎包入驻”。');
    expect(out).toContain('“项目要什么，我们就保什么。”区发改局有关负责人表示，下一步将继续实行重大项目“一项目一专班”，确保全年目标任务顺利完成。');
  });

  it('does the same for 第一， / 第二， and 其一， / 其二，', () => {
    const page = (a: string, b: string): string => `前三季度，全区规上工业增加值同比增长9.2%，增速居全市前列。\n\n为此，区里推出两项举措：\n\n${a}\n\n${b}\n\n下一步，全区将继续实行重大项目“一项目一专班”，确保全年目标任务顺利完成。`;
    expect(kinds(page('第一，简化审批流程，推行“一窗受理”；', '第二，加大金融支持，扩大信贷投放。'))).toContain('第二，加大金融支持，扩大信贷投放。');
    expect(kinds(page('其一，完善冷链仓储设施；', '其二，拓展电商销售渠道。'))).toContain('其二，拓展电商销售渠道。');
  });

  it('joins points run on inside one paragraph, and a point cut after a comma', () => {
    const runOn = '为留住企业，路桥区从三方面发力：一是优化审批流程，全程网办；\n\n二是降低用地成本，推行“标准地”出让；三是强化人才保障。';
    expect(kinds(runOn)).toHaveLength(1);
    const clause = '一是加快推进项目建设，\n\n二是那些已经开工的项目，要倒排工期。';
    expect(kinds(clause)).toHaveLength(1);
  });
});

describe('a print line opening with 记者', () => {
  it.each(['记者采访了市海洋与渔业', '记者近日走访发现不少', '通讯员从县农业农村局获悉'])('%s, words of a sentence, is no byline', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });

  it.each(['■记者盛凤琴通讯员许慧君', '通讯员裴妙法记者范方斌', '文/图 记者 李媛 通讯员 张涛', '□ 本报记者 欧阳明远'])('%s stays a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it('never cuts a byline out of a sentence a column cut before 记者采访了…', () => {
    const text = '本报记者 李舟\n\n近日，我市出台《海洋捕\n捞渔船更新改造实施方案》，\n计划用三年时间完成800\n艘老旧渔船的更新改造。\n渔船怎么改？补助怎么领？\n\n记者采访了市海洋与渔业\n局有关负责人。\n\n记者：为什么要推进渔船\n更新改造？\n\n答：我市现有海洋捕捞渔\n船3000余艘，其中船龄超\n\n过15年的占四成左右。这\n些渔船能耗高、安全隐患\n多，已经不适应现代渔业\n发展的需要。';
    const out = reflowText(text, { punctuation: false });
    expect(out.filter((b) => b.kind === 'byline').map((b) => b.text)).toEqual(['本报记者 李舟']);
    expect(out.some((b) => b.kind === 'body' && b.text.endsWith('记者采访了市海洋与渔业局有关负责人。'))).toBe(true);
  });
});
