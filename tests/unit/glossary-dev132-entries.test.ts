// The entries of the dev132 round, drawn from the health, education, care and sport items of city and county papers:
// people assessed as unable to look after themselves (失能人员), the phrase 优质医疗资源扩容下沉 (a form of the older
// 医疗资源下沉 card), the new gaokao's elective exams (选考), the rotation of officials and teachers (交流轮岗), colleges run
// with an industry (产业学院), day care for older people (日间照料) and registered
// youth sports clubs (青少年体育俱乐部). Each is underlined in a sentence of its own (not the development set's), the
// longer entries around them keep their own cards, and the everyday words beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev132 entries: underlined as the term', [
  ['长护险评估通过后，失能人员每月可享受护理服务补贴。', '失能人员', 'shineng-renyuan'],
  ['县里推动优质医疗资源扩容下沉，专家定期到卫生院坐诊。', '优质医疗资源扩容下沉', 'yiliao-ziyuan-xiachen'],
  ['今年选考科目中选物理的考生有所增加。', '选考', 'xuankao'],
  ['浙江的选择性考试每年安排两次。', '选择性考试', 'xuankao'],
  ['区教育局今年组织交流轮岗教师300名。', '交流轮岗', 'jiaoliu-lungang'],
  ['市委对任职满十年的领导干部实行交流轮岗。', '交流轮岗', 'jiaoliu-lungang'],
  ['学院与龙头企业共建智能制造产业学院。', '产业学院', 'chanye-xueyuan'],
  ['社区为白天无人照顾的高龄老人提供日间照料。', '日间照料', 'rijian-zhaoliao'],
  ['学校新组建的青少年体育俱乐部开设游泳和篮球项目。', '青少年体育俱乐部', 'qingshaonian-tiyu-julebu'],
], {
  // The longer entries around the new ones keep their own cards.
  '重度失能, 学考选考, 教师交流轮岗, 现代产业学院, 日间照料中心 and 优质医疗资源下沉 keep their cards': (g) => {
    const own: [string, string, string][] = [
      ['重度失能人员可申请长护险待遇。', 'zhongdu-shineng', 'shineng-renyuan'],
      ['今年学考选考成绩已经公布。', 'xuekao-xuankao', 'xuankao'],
      ['全县启动教师交流轮岗工作。', 'jiaoshi-jiaoliu-lungang', 'jiaoliu-lungang'],
      ['学校获批省级现代产业学院。', 'xiandai-chanye-xueyuan', 'chanye-xueyuan'],
      ['街道的日间照料中心开始营业。', 'jujia-yanglao-zhongxin', 'rijian-zhaoliao'],
    ];
    for (const [text, kept, not] of own) {
      expect(g.ids(text), text).toContain(kept);
      expect(g.ids(text), text).not.toContain(not);
    }
    expect(g.ids('推动优质医疗资源下沉到乡镇。')).toContain('yiliao-ziyuan-xiachen');
  },
});

leftAloneByIdBlock('dev132 entries: the neighbouring cards are not read as these entries', [
  ['重度失能人员可申请长护险待遇。', 'shineng-renyuan'],
  ['今年学考选考成绩已经公布。', 'xuankao'],
]);

leftAloneBlock('dev132 entries: nothing is underlined over the everyday words', [
  ['今年的体育中考增加了游泳选考项目。', '选考'],
  ['同学们在课堂上互相交流学习心得。', '交流'],
  ['奶奶年纪大了，白天需要有人照料。', '照料'],
  ['他考上了北京的一所大学。', '大学'],
  ['俱乐部周末组织会员去爬山。', '俱乐部'],
  ['他退休后报名上了老年大学的书法班。', '老年大学'], // a pensioner's class, read as it is (no card: earlier plain sets count it an everyday word)
  ['这台机器失灵了，需要维修。', '失灵'],
]);

