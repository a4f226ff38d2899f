// The entries of the dev129 round, drawn from the working words of the rural, agriculture and village pages and the
// grassroots-governance items: a village collective's operating income (经营性收入), the sharing out of a collective's
// income (集体收益分配), contract purchase of grain (粮食订单收购), large-scale grain growers (规模种粮主体), the township
// rated safe (平安乡镇), persons under police watch (重点人员), online mediation (在线调解), settling disputes where
// they arise (就地化解), the governance grid (网格, kept only in policy prose and left to the detector inside a formula such as
// 党建+网格) and the certificates authorities ask for (证明事项), with the forms the pages print of older entries (经济薄弱村, 种粮一次性补贴, 抛荒地, 村社减负,
// 村民代表大会). Each is underlined in a sentence of its own (not the development set's), the longer entries around them
// keep their own cards, and the everyday words beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev129 entries: underlined as the term', [
  // Bare, the phrase is a firm's operating income as well (dev125's entries test leaves 这家公司去年的经营性收入 alone): the card
  // is read where the sentence is a collective's (集体) or otherwise policy prose.
  ['该村集体去年经营性收入达到52万元。', '经营性收入', 'jingyingxing-shouru'],
  ['合作社年底召开大会讨论集体收益分配方案。', '集体收益分配', 'jiti-shouyi-fenpei'],
  ['今年晚稻粮食订单收购价格每50公斤提高5元。', '粮食订单收购', 'liangshi-dingdan-shougou'],
  ['县粮食收储公司启动早稻订单收购。', '订单收购', 'liangshi-dingdan-shougou'],
  ['全县规模种粮主体达到860家。', '规模种粮主体', 'guimo-zhongliang-zhuti'],
  ['该镇今年被评为平安乡镇。', '平安乡镇', 'pingan-xiangzhen'],
  ['派出所对辖区重点人员开展走访。', '重点人员', 'zhongdian-renyuan'],
  ['当事人通过手机参加在线调解。', '在线调解', 'zaixian-tiaojie'],
  ['村里的纠纷做到就地化解。', '就地化解', 'jiudi-huajie'],
  ['全市经济薄弱村已全部摘帽。', '经济薄弱村', 'xiaobao'],
  ['种粮一次性补贴已发放到户。', '种粮一次性补贴', 'shiji-zhongliang-nongmin-butie'],
  ['镇里复耕抛荒地300亩。', '抛荒地', 'liaohuangdi'],
  ['村里不允许一块耕地抛荒。', '抛荒', 'liaohuangdi'],
  ['县委出台十条措施为村社减负。', '为村社减负', 'jiceng-jianfu'],
  ['修路方案提交村民代表大会表决。', '村民代表大会', 'cunmin-daibiao-huiyi'],
  ['社区把辖区划分为12个网格，推进基层治理。', '网格', 'wangge'],
  ['县里全面清理村级组织出具的证明事项。', '证明事项', 'zhengming-shixiang'],
], {
  // The longer entries around the new ones keep their own cards.
  '村集体经营性收入, 集体收益分配权, 平安县, 诉前调解, 网格员, 网格化管理 and 证明事项告知承诺制 keep their cards': (g) => {
    const own: [string, string, string][] = [
      ['今年村集体经营性收入增长12%。', 'cunjiti-jingyingxing-shouru', 'jingyingxing-shouru'],
      ['进城落户农民的集体收益分配权受法律保护。', 'jiti-shouyi-fenpeiquan', 'jiti-shouyi-fenpei'],
      ['该县连续十年获评平安县。', 'pingan-xian', 'pingan-xiangzhen'],
      ['法院对这起纠纷开展诉前调解。', 'suqian-tiaojie', 'zaixian-tiaojie'],
      ['每个村配备专职网格员，推进基层治理。', 'wanggeyuan', 'wangge'],
      ['街道深化网格化管理工作。', 'wanggehua-guanli', 'wangge'],
      ['全市推行证明事项告知承诺制。', 'gaozhi-chengnuo', 'zhengming-shixiang'],
    ];
    for (const [text, kept, not] of own) {
      expect(g.ids(text), text).toContain(kept);
      expect(g.ids(text), text).not.toContain(not);
    }
  },
});

leftAloneByIdBlock('dev129 entries: the neighbouring cards are not read as these entries', [
  ['今年村集体经营性收入增长12%。', 'jingyingxing-shouru'],
  ['进城落户农民的集体收益分配权受法律保护。', 'jiti-shouyi-fenpei'],
  ['该县连续十年获评平安县。', 'pingan-xiangzhen'],
  ['县里发展订单农业。', 'liangshi-dingdan-shougou'],
  ['县里推广党建+网格治理模式，推进基层治理工作。', 'wangge'],
  ['村里推行网格+警格工作机制。', 'wangge'],
]);

leftAloneBlock('dev129 entries: nothing is underlined over the everyday words', [
  ['他把攒下的钱拿去入股了朋友开的小饭馆。', '入股'],
  ['这片稻田今年收成不错。', '稻田'],
  ['他在网上调查了一下这家店的口碑。', '网上'],
  ['老屋前的院子里种满了月季。', '老屋'],
  ['这位老师是学校的重点培养对象。', '重点'],
  ['祝大家一路平安。', '平安'],
  ['他就地坐下来休息了一会儿。', '就地'],
  ['这块地荒了好几年。', '荒'],
  ['奶奶新织的毛衣上是红白相间的网格图案。', '网格'],
  ['孩子练字要用网格本。', '网格'],
]);
