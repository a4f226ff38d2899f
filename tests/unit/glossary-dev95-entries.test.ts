// The entries of the dev95 round, drawn from the education items of city and county papers: the senior-high
// academic proficiency test (its short form 学考 is not a form: 数学考了 holds it), parents' committees (家委会), school counselling rooms, school anti-bullying
// committees, degree-awarding institutions, first-class undergraduate programmes, Zhejiang's key universities,
// its graded model high schools and high-level secondary vocational schools, and industry-education training
// bases. Each is underlined in a sentence of its own (not the development set's), and the everyday words inside
// or beside them are left alone (数学|考试, 留学|考察, 家长|委员, 一流|本科生).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev95 entries: underlined as the term', [
  ['高二学生下个月参加普通高中学业水平考试。', '普通高中学业水平考试', 'xueye-shuiping-kaoshi'],
  ['今年的学业水平考试安排在一月。', '学业水平考试', 'xueye-shuiping-kaoshi'],
  ['班级家委会开会讨论春游安排。', '家委会', 'jiazhang-weiyuanhui'],
  ['学校成立家长委员会，参与食堂监督。', '家长委员会', 'jiazhang-weiyuanhui'],
  ['学校新建了心理辅导室，每天中午开放。', '心理辅导室', 'xinli-fudaoshi'],
  ['学校成立学生欺凌治理委员会。', '学生欺凌治理委员会', 'xuesheng-qiling-zhili-weiyuanhui'],
  ['该校获批博士学位授予单位。', '博士学位授予单位', 'xuewei-shouyu-danwei'],
  ['学院的会计专业入选国家级一流本科专业建设点。', '一流本科专业建设点', 'yiliu-benke-zhuanye'],
  ['浙江理工大学是省重点建设高校。', '省重点建设高校', 'zhongdian-jianshe-gaoxiao'],
  ['这所学校是一级特色示范高中。', '特色示范高中', 'teshi-shifan-gaozhong'],
  ['学校和车企共建产教融合实训基地。', '产教融合实训基地', 'chanjiao-ronghe-shixun-jidi'],
  ['县职教中心入选高水平中职学校建设名单。', '高水平中职学校', 'gaoshuiping-zhongzhi'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('学生在高二完成学考选考。')).toContain('xuekao-xuankao');
    expect(g.ids('学校开展校园欺凌专项治理。')).toContain('xiaoyuan-qiling');
  },
});

leftAloneByIdBlock('dev95 entries: the everyday words inside or beside them are left alone', [
  ['他数学考试考了满分。', 'xueye-shuiping-kaoshi'],
  ['小明这次数学考了满分。', 'xueye-shuiping-kaoshi'],
  ['期末化学考试下周举行。', 'xueye-shuiping-kaoshi'],
  ['孩子留学考察了三所学校。', 'xueye-shuiping-kaoshi'],
  ['大学考研的人越来越多。', 'xueye-shuiping-kaoshi'],
  ['她的家长委托老师转交书包。', 'jiazhang-weiyuanhui'],
  ['他是一流的本科生。', 'yiliu-benke-zhuanye'],
  ['公司是这个项目的建设单位。', 'xuewei-shouyu-danwei'],
  ['这所高中办得很有特色。', 'teshi-shifan-gaozhong'],
]);
