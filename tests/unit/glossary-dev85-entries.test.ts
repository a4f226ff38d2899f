// The entries of the dev85 round, drawn from the mass-organisation and civic items of city and county papers:
// trade unions (union enrolment drives, collective agreements), the Youth League and young people (the youth
// federation, the Young Pioneers work committee, young people in new occupations), families (family education
// guidance points, 家庭家教家风 as a form of the older 家教家风), help for the disabled (registered disabled people,
// blind massage, welfare enterprises, group employment, skills contests, 辅具适配 as a form of the older 辅助器具适配),
// the science association (the overseas talent programme, company science associations, learned-society stations),
// overseas Chinese affairs (returned emigrants and their relatives, overseas-Chinese-funded firms, law corners, the
// Roots of China camps, resettlement certificates, 侨胞之家 as a form of the older 侨之家), support for the army and
// veterans (army-civilian joint projects, priority for service members' families, state homes, military spouses,
// transferred officers) and volunteering and civility (registered volunteers, the national volunteer website, boards
// of good deeds, morality lecture halls). Each is underlined in a sentence of its own (not the development set's),
// and the everyday words that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev85 entries: underlined as the term', [
  ['区总工会组织网约车司机集中入会。', '集中入会', 'jizhong-ruhui'],
  ['公司与工会签订了集体合同。', '集体合同', 'jiti-hetong'],
  ['武警中队与小学开展双拥共建。', '双拥共建', 'shuangyong-gongjian'],
  ['车站售票窗口实行军人军属优先。', '军人军属优先', 'junren-junshu-youxian'],
  ['县光荣院住着12位老人。', '光荣院', 'guangrong-yuan'],
  ['市里为随军家属安排了工作岗位。', '随军家属', 'suijun-jiashu'],
  ['今年我市接收军转干部40名。', '军转干部', 'junzhuan-ganbu'],
  ['这位军队转业干部到街道任职。', '军队转业干部', 'junzhuan-ganbu'],
  ['他当选为省青联委员。', '青联', 'qinglian'],
  ['市少工委表彰了一批优秀辅导员。', '少工委', 'shaogongwei'],
  ['团区委走访了一批新兴青年群体代表。', '新兴青年群体', 'xinxing-qingnian-qunti'],
  ['学校家庭教育指导站开放了。', '家庭教育指导站', 'jiating-jiaoyu-zhidaozhan'],
  ['全县注册志愿者超过10万人。', '注册志愿者', 'zhuce-zhiyuanzhe'],
  ['请在中国志愿服务网上报名。', '中国志愿服务网', 'zhongguo-zhiyuan-fuwuwang'],
  ['礼堂门口的善行义举榜又添了新名字。', '善行义举榜', 'shanxing-yiju-bang'],
  ['社区道德讲堂今晚开讲。', '道德讲堂', 'daode-jiangtang'],
  ['全区持证残疾人有1.5万人。', '持证残疾人', 'chizheng-canjiren'],
  ['他开了一家盲人按摩店。', '盲人按摩', 'mangren-anmo'],
  ['这家福利企业安置了30名残疾职工。', '福利企业', 'fuli-qiye'],
  ['残联鼓励残疾人集中就业。', '残疾人集中就业', 'canjiren-jizhong-jiuye'],
  ['她在残疾人职业技能竞赛中拿了金牌。', '残疾人职业技能竞赛', 'canjiren-zhiye-jineng-jingsai'],
  ['县科协设立海智计划工作站。', '海智计划', 'haizhi-jihua'],
  ['这家集团成立了企业科协。', '企业科协', 'qiye-kexie'],
  ['园区里新设了一个学会服务站。', '学会服务站', 'xuehui-fuwuzhan'],
  ['镇里的归侨侨眷有三千多人。', '归侨侨眷', 'guiqiao-qiaojuan'],
  ['全区侨资企业有200多家。', '侨资企业', 'qiaozi-qiye'],
  ['村里的侨法宣传角很受欢迎。', '侨法宣传角', 'qiaofa-xuanchuanjiao'],
  ['孩子们参加了中国寻根之旅夏令营。', '中国寻根之旅', 'zhongguo-xungen-zhilv'],
  ['他领到了华侨回国定居证。', '华侨回国定居证', 'huaqiao-huiguo-dingjuzheng'],
  // Forms the pages print of older entries.
  ['老人到服务中心申请辅具适配。', '辅具适配', 'fuzhu-qiju-shipei'],
  ['街道新建了一个侨胞之家。', '侨胞之家', 'qiaozhijia'],
  ['学校举办家庭家教家风讲座。', '家庭家教家风', 'jiafeng'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('县里新建了一个侨之家。')).toContain('qiaozhijia');
    expect(g.ids('残联为他做了辅助器具适配。')).toContain('fuzhu-qiju-shipei');
    expect(g.ids('全家重视家教家风。')).toContain('jiafeng');
    expect(g.ids('全区开展工资专项集体合同集中签订。')).toContain('zhuanxiang-jiti-hetong-gongzi');
  },
});

leftAloneByIdBlock('dev85 entries: the everyday words that share their characters are left alone', [
  ['这些年青联合起来办了一个合作社。', 'qinglian'],
  ['学会服务他人是一种美德。', 'xuehui-fuwuzhan'],
  ['她是个盲人，按摩手艺是跟师傅学的。', 'mangren-anmo'],
  ['县里的光荣榜上有他的名字。', 'guangrong-yuan'],
  ['这本书讲的是中国寻根文学。', 'zhongguo-xungen-zhilv'],
  ['小王在网上注册了志愿者账号。', 'zhuce-zhiyuanzhe'],
  ['他和公司签了三年的劳动合同。', 'jiti-hetong'],
  ['这家企业科技人员占一半。', 'qiye-kexie'],
]);
