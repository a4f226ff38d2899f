// The entries and forms of the dev48 round (land and planning, city management, talent, science parks,
// trade and ports, farm machinery and seed, heritage, unions and the Youth League): each is underlined
// in a sentence of its own (not the development set's), and the short forms are left alone where their
// characters only straddle a word boundary or mean something else.
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const matched = (text: string): string[] => matcher.match(text).map((m) => text.slice(m.start, m.end));

describe('dev48 entries: underlined as the term', () => {
  it.each([
    ['今年全县新划定永农储备区一千二百亩。', '永农储备区'],
    ['这块耕地已经调入永久基本农田储备区。', '永久基本农田储备区'],
    ['新建的地铁上盖项目按分层设权办理了不动产登记。', '分层设权'],
    ['高速公路项目先要取得用地预审与选址意见书。', '用地预审'],
    ['乡镇每季度核查一次耕地流出情况。', '耕地流出'],
    ['这个园区的标准厂房试点工业用地弹性出让。', '工业用地弹性出让'],
    ['新规实施后，小型项目的施工图审查改为告知承诺。', '施工图审查'],
    ['这栋楼的第五立面整治完成后，从高处看整洁多了。', '第五立面'],
    ['三亚是全国第一个城市双修试点城市。', '城市双修'],
    ['学校门口设了潮汐停车位，放学时段允许家长临时停车。', '潮汐停车'],
    ['对违规停放的车主，执法队员实行首违免罚。', '首违免罚'],
    ['这所大学的大学科技园已经孵化了上百家企业。', '大学科技园'],
    ['湖畔实验室今年发布了两项数据安全成果。', '湖畔实验室'],
    ['全区新认定省级企业研究院三家。', '省级企业研究院'],
    ['高校把电镜纳入大型科研仪器开放共享平台。', '大型科研仪器开放共享'],
    ['嘉兴企业拿着长三角创新券到上海做检测。', '长三角创新券'],
    ['外贸企业在海外智慧物流平台上预订了美国的海外仓位。', '海外智慧物流平台'],
    ['湖州港的集装箱经浙北集装箱主通道直达上海。', '浙北集装箱主通道'],
    ['机场的冰鲜水产品指定监管场地通过验收。', '指定监管场地'],
    ['通关一体化让企业在家门口就能报关。', '通关一体化'],
    ['保税物流中心也属于海关特殊监管区域以外的保税监管场所。', '海关特殊监管区域'],
    ['本届浙洽会在杭州国际博览中心举行。', '浙洽会'],
    ['招商部门紧盯大好高项目，一季度签约三个。', '大好高项目'],
    ['县里建成五个全程机械化综合农事服务中心。', '全程机械化综合农事服务中心'],
    ['这家公司入选了国家种业阵型企业。', '种业阵型企业'],
    ['建宁县是国家级制种大县。', '国家级制种大县'],
    ['未经许可繁殖授权品种，侵犯了植物新品种权。', '植物新品种权'],
    ['这个水稻新品种的DUS测试已经完成。', 'DUS测试'],
    ['农技站组织无人机开展一喷三防作业。', '一喷三防'],
    ['老街划入建设控制地带后，新建房屋限高九米。', '建设控制地带'],
    ['镇上的传统工艺工作站请来了设计师驻站。', '传统工艺工作站'],
    ['象山海洋渔文化生态保护实验区通过了验收。', '象山海洋渔文化生态保护实验区'],
    ['井头山遗址的发掘成果入选年度考古新发现。', '井头山遗址'],
    ['园区新建了十个爱心妈咪小屋。', '爱心妈咪小屋'],
    ['公司工会签订了女职工专项集体合同。', '女职工专项集体合同'],
    ['全市参加职工医疗互助的职工超过五十万人。', '职工医疗互助'],
    ['区总工会发出了三份劳动法律监督意见书。', '劳动法律监督'],
    ['这个社区连续三年被评为充分就业社区。', '充分就业社区'],
    ['他获得了今年的浙江技能大奖。', '浙江技能大奖'],
    ['按新目录，她被认定为E类人才。', 'E类人才'],
    ['新团员的信息要录入智慧团建系统。', '智慧团建'],
    ['支部大会讨论了推优入党的人选。', '推优入党'],
    ['团县委发布了返家乡社会实践岗位。', '返家乡社会实践'],
  ])('%s → %s', (text, form) => {
    // A match may run on over a work noun the matcher takes with the term.
    expect(matched(text).some((m) => m.includes(form)), matched(text).join(' ')).toBe(true);
  });
});

describe('dev48 entries: left alone where the characters are something else', () => {
  it.each([
    ['听到这个消息，他心情大好高兴得跳了起来。', '大好高'],
    ['公司派了三名海外工程师去非洲安装设备。', '海外工程师'],
    ['村里把荒坡成片开发成了茶园。', '成片开发'],
    ['县市场监管局对初次违法的小店开具提醒告诫书。', '告诫书'],
    ['海边的潮汐每天涨落两次。', '潮汐'],
    ['这家店的品种权衡下来还是苹果最好卖。', '品种权'],
  ])('%s (nothing over %s)', (text, chars) => {
    const [a, b] = [text.indexOf(chars), text.indexOf(chars) + chars.length];
    expect(a).toBeGreaterThanOrEqual(0);
    expect(matcher.match(text).filter((m) => m.start < b && a < m.end).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});
