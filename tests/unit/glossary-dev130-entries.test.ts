// The entries of the dev130 round, drawn from the reports of meetings and government work: collective discussion of a
// major decision (集体讨论决定), the five-year plan outline (规划纲要), a Party committee's plenary session (全会) and the
// team sent to explain it (宣讲团), a motion before a people's congress (议案) and a consultative conference's proposal
// (提案), a congress's inspection of a law (执法检查), normative documents (规范性文件), the State Council's yearly
// inspection (国务院大督查) and its rewards (督查激励), Zhejiang's appraisal on high-quality growth (高质量发展绩效考核),
// public data sharing (数据共享), borrowing against pledged rights (质押融资), the formal acceptance of a case (立案) and
// the courts' case registration (立案登记制). Each is underlined in a sentence of its own (not the development set's),
// the longer entries around them keep their own cards, and the everyday words beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev130 entries: underlined as the term', [
  ['征地补偿标准调整须经政府常务会议集体讨论决定。', '集体讨论决定', 'jiti-taolun-jueding'],
  ['市发改委牵头开展规划纲要编制的前期研究。', '规划纲要', 'guihua-gangyao'],
  ['县委全会听取和审议了常委会工作报告。', '全会', 'quanhui'],
  ['市委宣讲团走进企业车间宣讲会议精神。', '宣讲团', 'xuanjiangtuan'],
  ['大会主席团决定将3件议案列入会议议程。', '议案', 'yian'],
  ['市政协委员围绕菜市场改造提交提案。', '提案', 'zhengxie-tian'],
  ['今年政协提案的答复率为100%。', '政协提案', 'zhengxie-tian'],
  ['市人大常委会开展安全生产法执法检查。', '执法检查', 'zhifa-jiancha'],
  ['市人大常委会对政府报送的规范性文件开展备案审查。', '规范性文件', 'guifanxing-wenjian'],
  ['今年国务院大督查的实地督查于9月启动。', '国务院大督查', 'guowuyuan-daducha'],
  ['我县获得省政府督查激励，奖励用地指标200亩。', '督查激励', 'ducha-jili'],
  ['全市高质量发展综合绩效考核结果今天公布。', '高质量发展综合绩效考核', 'gaozhiliang-fazhan-jixiao-kaohe'],
  ['部门之间的数据共享让群众少交了材料。', '数据共享', 'shuju-gongxiang'],
  ['企业以专利作质押融资，获得贷款500万元。', '质押融资', 'zhiya-rongzi'],
  ['市场监管局对这家商户立案查处。', '立案', 'lian'],
  ['县法院推行立案登记制，当场立案率保持高位。', '立案登记制', 'lian-dengjizhi'],
], {
  // The longer entries around the new ones keep their own cards.
  '代表议案, 提案办理, 知识产权质押融资, 行政规范性文件, 二十届四中全会 and 立案登记制 keep their cards': (g) => {
    const own: [string, string, string][] = [
      ['代表们联名提出代表议案。', 'daibiao-yian', 'yian'],
      ['市政府召开提案办理工作会议。', 'tian-banli', 'zhengxie-tian'],
      ['银行推出知识产权质押融资产品。', 'zhishi-chanquan-zhiya', 'zhiya-rongzi'],
      ['清理行政规范性文件15件。', 'xingzheng-guifanxing-wenjian', 'guifanxing-wenjian'],
      ['学习贯彻二十届四中全会精神。', 'ershijie-sizhong-quanhui', 'quanhui'],
      ['法院全面推行立案登记制。', 'lian-dengjizhi', 'lian'],
    ];
    for (const [text, kept, not] of own) {
      expect(g.ids(text), text).toContain(kept);
      expect(g.ids(text), text).not.toContain(not);
    }
  },
});

leftAloneByIdBlock('dev130 entries: the neighbouring cards are not read as these entries', [
  ['代表们联名提出代表议案。', 'yian'],
  ['银行推出知识产权质押融资产品。', 'zhiya-rongzi'],
  ['学习贯彻二十届四中全会精神。', 'quanhui'],
]);

leftAloneBlock('dev130 entries: nothing is underlined over the everyday words', [
  ['饭桌上，小儿子提了一个议案：周末全家去爬山。', '议案'],
  ['他在例会上的提案被公司采纳了。', '提案'],
  ['他完全会做这道题。', '全会'],
  ['全会场的观众起立鼓掌。', '全会'],
  ['这是一次安全会议。', '全会'],
  ['大家讨论决定周末去看电影。', '讨论决定'],
  ['这本书的纲要写得很清楚。', '纲要'],
  ['他先把照片做了一次数据备份。', '数据'],
  ['同学之间共享学习笔记。', '共享'],
  ['他把金项链拿去典当了。', '典当'],
  ['老师检查了同学们的作业。', '检查'],
  ['这份文件需要签字。', '文件'],
  ['老师的表扬激励了全班同学。', '激励'],
]);
