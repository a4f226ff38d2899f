// The entries and forms of the dev54 round (regular and one-level-up inspection rounds, rectification
// after a county inspection, inspecting every unit within a term, audits that follow work as it happens,
// the CPPCC as the body for consultation, a leader overseeing a key suggestion, fixed terms and contracts
// for state-enterprise managers, the Party committee's prior review of their decisions, the rate at
// which state capital keeps its value, outside directors as a board majority, one regulator for
// commercial state assets, guidance for parents; 审计查出问题整改 as the full name of 审计整改 and 对账销号 as
// a form of 销号管理): each is underlined in a sentence of its own (not the development set's), and the
// words inside them (a bare 巡察, 前置研究 of a project, 保值增值 of gold, a firm's 外部董事, the securities
// market's 集中统一监管, an accountant's 对账, a village cadre's 任期制) are left alone or keep their older entry.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev54 entries: underlined as the term', [
  ['市委巡察组对两个街道的社区党组织开展提级巡察。', '提级巡察', 'tiji-xuncha'],
  ['区委第二轮常规巡察反馈会召开。', '常规巡察', 'changgui-xuncha'],
  ['镇党委召开巡察整改专题会议。', '巡察整改', 'xuncha-zhenggai'],
  ['全市实现一届任期内巡视巡察全覆盖。', '巡视巡察全覆盖', 'xunshi-xuncha-quanfugai'],
  ['本届区委已实现巡察全覆盖。', '巡察全覆盖', 'xunshi-xuncha-quanfugai'],
  ['省委实现巡视全覆盖目标。', '巡视全覆盖', 'xunshi-xuncha-quanfugai'],
  ['审计部门对安置房建设项目开展跟踪审计。', '跟踪审计', 'genzong-shenji'],
  ['人民政协是专门协商机构。', '专门协商机构', 'zhuanmen-xieshang-jigou'],
  ['副市长领衔督办这件建议。', '领衔督办', 'lingxian-duban'],
  ['市属国企推行任期制和契约化管理。', '任期制和契约化管理', 'renqizhi-qiyuehua-guanli'],
  ['集团全面推行经理层成员任期制和契约化管理。', '经理层成员任期制和契约化管理', 'renqizhi-qiyuehua-guanli'],
  ['公司推进任期制契约化管理。', '任期制契约化管理', 'renqizhi-qiyuehua-guanli'],
  ['集团修订了党委前置研究讨论事项清单。', '前置研究讨论', 'qianzhi-yanjiu-taolun'],
  ['落实党委前置研究的要求。', '党委前置研究', 'qianzhi-yanjiu-taolun'],
  ['市属企业国有资本保值增值率达103%。', '国有资本保值增值率', 'guoyou-ziben-baozhi-zengzhilv'],
  ['集团去年的保值增值率为104%。', '保值增值率', 'guoyou-ziben-baozhi-zengzhilv'],
  ['市属国企全部实现外部董事占多数。', '外部董事占多数', 'waibu-dongshi-zhan-duoshu'],
  ['全市推进经营性国有资产集中统一监管。', '经营性国有资产集中统一监管', 'jingyingxing-guoyou-zichan-jizhong-jianguan'],
  ['社区为家长提供家庭教育指导服务。', '家庭教育指导服务', 'jiating-jiaoyu-zhidao-fuwu'],
  ['区政府报告了审计查出问题整改情况。', '审计查出问题整改', 'shenji-zhenggai'],
  ['对整改事项实行对账销号。', '对账销号', 'xiaohao-guanli'],
], {
  'leaves the longer older entries their own cards': (g) => {
    expect(g.ids('街道设立家庭教育指导服务站。')).toContain('jiating-jiaoyu-zhidao-fuwuzhan');
    expect(g.ids('街道设立家庭教育指导服务站。')).not.toContain('jiating-jiaoyu-zhidao-fuwu');
    expect(g.ids('开展重大政策措施落实情况跟踪审计。')).toContain('zhengce-genzong-shenji');
    expect(g.ids('开展重大政策措施落实情况跟踪审计。')).not.toContain('genzong-shenji');
    expect(g.ids('抓好审计整改。')).toContain('shenji-zhenggai');
  },
});

leftAloneByIdBlock('dev54 entries: the words inside them are left alone', [
  ['巡察组进驻以后，设立了举报信箱。', 'tiji-xuncha'],
  ['巡察组进驻以后，设立了举报信箱。', 'changgui-xuncha'],
  ['这只是一次常规检查，大家不必紧张。', 'changgui-xuncha'],
  ['警察一路跟踪嫌疑人，审计报告还没出来。', 'genzong-shenji'],
  ['这个项目的前置研究已经完成。', 'qianzhi-yanjiu-taolun'],
  ['不少人买黄金是为了保值增值。', 'guoyou-ziben-baozhi-zengzhilv'],
  ['这家公司聘请了两名外部董事。', 'waibu-dongshi-zhan-duoshu'],
  ['证券市场实行集中统一监管。', 'jingyingxing-guoyou-zichan-jizhong-jianguan'],
  ['月底会计要和银行对账。', 'xiaohao-guanli'],
  ['村干部实行任期制，三年一届。', 'renqizhi-qiyuehua-guanli'],
  ['他在这部电影里领衔主演。', 'lingxian-duban'],
  ['这家医院设有专门的协商室。', 'zhuanmen-xieshang-jigou'],
]);
