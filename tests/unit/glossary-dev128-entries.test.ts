// The entries of the dev128 round, drawn from the working words of the livelihood and society pages: the extra payout
// for people in hardship (倾斜支付), hospital resources sent down (医疗资源下沉), filing with an authority (备案), the list
// of basic elderly-care services (基本养老服务清单), older people in special difficulty (特殊困难老年人) and their
// monthly visit (月探访), the senior citizens' card (敬老卡), public school places (公办学位), grassroots governance
// (基层治理), the residents' council (居民议事会), ride-hailing cars (网约车) and prepaid money held in a supervised account
// (资金存管). Each is underlined in a sentence of its own (not the development set's), the longer entries around them
// keep their own cards, and the everyday words beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev128 entries: underlined as the term', [
  ['大病保险对特困人员实行倾斜支付。', '倾斜支付', 'qingxie-zhifu'],
  ['县医共体推动医疗资源下沉到乡镇卫生院。', '医疗资源下沉', 'yiliao-ziyuan-xiachen'],
  ['省里要求推进优质医疗资源下沉。', '优质医疗资源下沉', 'yiliao-ziyuan-xiachen'],
  ['新开的民宿须向镇里备案。', '备案', 'beian'],
  ['县里发布了今年的基本养老服务清单。', '基本养老服务清单', 'jiben-yanglao-fuwu-qingdan'],
  ['网格员每周上门看望辖区内的特殊困难老年人。', '特殊困难老年人', 'teshu-kunnan-laonianren'],
  ['街道今年的月探访率保持在100%。', '月探访', 'yue-tanfang'],
  ['70周岁以上老人可以免费办理敬老卡。', '敬老卡', 'jinglaoka'],
  ['城东片区今年新增公办学位3000个。', '公办学位', 'gongban-xuewei'],
  ['镇里把退休老党员请进来参与基层治理。', '基层治理', 'jiceng-zhili'],
  ['加装电梯的分摊方案提交居民议事会讨论。', '居民议事会', 'jumin-yishihui'],
  ['全市网约车今年新增1200辆。', '网约车', 'wangyueche'],
  ['从事网络预约出租汽车经营须取得许可。', '网络预约出租汽车', 'wangyueche'],
  ['教培机构收取的课时费纳入资金存管。', '资金存管', 'zijin-cunguan'],
], {
  // The longer entries around the new ones keep their own cards.
  '异地就医备案, 备案审查, 特殊困难老年人探访关爱, 基层治理四平台 and 网约车驾驶员证 keep their cards': (g) => {
    const own: [string, string, string][] = [
      ['出发前在线办理异地就医备案。', 'yidi-jiuyi-beian', 'beian'],
      ['加强规范性文件备案审查。', 'beian-shencha', 'beian'],
      ['建立特殊困难老年人探访关爱服务制度。', 'tanfang-guanai', 'teshu-kunnan-laonianren'],
      ['完善基层治理四平台建设。', 'jiceng-zhili-sipingtai', 'jiceng-zhili'],
      ['司机须取得网约车驾驶员证。', 'wangyueche-jiashiyuan-zheng', 'wangyueche'],
    ];
    for (const [text, kept, not] of own) {
      expect(g.ids(text), text).toContain(kept);
      expect(g.ids(text), text).not.toContain(not);
    }
  },
});

leftAloneByIdBlock('dev128 entries: the neighbouring cards are not read as these entries', [
  ['出发前在线办理异地就医备案。', 'beian'],
  ['完善基层治理四平台建设。', 'jiceng-zhili'],
  ['建立特殊困难老年人探访关爱服务制度。', 'teshu-kunnan-laonianren'],
  ['司机须取得网约车驾驶员证。', 'wangyueche'],
]);

leftAloneBlock('dev128 entries: nothing is underlined over the everyday words', [
  ['她每个月探访一次住在乡下的老战友。', '月探访'],
  ['社区志愿者每两个月探访一次。', '月探访'],
  ['老房子的墙有点倾斜，他支付了修理费。', '倾斜'],
  ['他把银行里的存款都取了出来。', '存款'],
  ['公园里的老人在下象棋。', '老人'],
  ['这所大学的学位证书很有分量。', '学位'],
  ['居民们在楼下聊天。', '居民'],
  ['车站旁边新开了一家奶茶店。', '车'],
]);
