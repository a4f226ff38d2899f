// The entries and forms added for what the development sets dev68 … dev95 still missed, and for the near forms
// of every set: county-monitored water sections, special-purpose spatial plans, the planning commission, the
// public-rental waiting list, ability-level class rotation, teachers' non-teaching burdens, the annual
// legislative plan, insurance premium subsidies, village-owned rental buildings, seed funds, the 中人 of a pension
// reform, bidding on housing quality, out-of-province money paid in, the premium rate of a land sale, vacating land,
// answering a congress questioning, the public's sense of safety and double-cropped rice; and the forms 6G, 中高职衔接, 公益微创投,
// 全程代办 and the short forms 出让金, 维修资金, 留用地, 增量留抵, 公交化改造 and 超标车 of existing entries. Each is underlined in a
// sentence of its own (not the development set's), and the words inside or beside them are left alone
// (出让|金额, 保留|用地 and 预留|用地 by a context rule, 中人 a go-between and 6G a phone's memory outside policy prose, 超标|车辆, 一|轮|候选人, 种子|基本, 应|询问, 溢价|率先, 翻腾|退).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev68 … dev95 misses: underlined as the term', [
  ['全县县控以上断面水质全部达标。', '县控以上断面', 'xiankong-duanmian'],
  ['市里编制了综合交通专项规划。', '专项规划', 'zhuanxiang-guihua'],
  ['县自然资源局启动国土空间专项规划编制。', '国土空间专项规划', 'zhuanxiang-guihua'],
  ['方案已提交市规委会审议。', '规委会', 'guiweihui'],
  ['这个方案经市规划委员会审议通过。', '规划委员会', 'guiweihui'],
  ['符合条件的家庭进入公租房轮候，按顺序配租。', '轮候', 'lunhou'],
  ['学校英语课实行分层走班。', '分层走班', 'fenceng-zouban'],
  ['县教育局清理了一批教师的非教学负担。', '非教学负担', 'fei-jiaoxue-fudan'],
  ['市人大常委会公布了今年的立法计划。', '立法计划', 'lifa-jihua'],
  ['省政府印发年度立法计划。', '年度立法计划', 'lifa-jihua'],
  ['财政对水稻保险给予保费补贴。', '保费补贴', 'baofei-butie'],
  ['村里新建的物业用房是村级物业用房，租给了企业。', '村级物业用房', 'cunji-wuye-yongfang'],
  ['村集体物业用房每年带来租金收入。', '村集体物业用房', 'cunji-wuye-yongfang'],
  ['高新区设立了一支种子基金。', '种子基金', 'zhongzi-jijin'],
  ['土地出让金收入下降，今年国有建设用地出让金少了三成。', '出让金', 'tudi-churang-shouru'],
  ['业主表决同意动用维修资金修电梯。', '维修资金', 'zhuzhai-weixiu-zijin'],
  ['村里用留用地建了标准厂房。', '留用地', 'liuyongdi'],
  ['这家企业的增量留抵已全部退还。', '增量留抵', 'zengliang-liudi-shuie'],
  ['全县农村客运完成公交化改造。', '公交化改造', 'keyun-banxian-gongjiaohua-gaizao'],
  ['年底前超标车一律不得上路。', '超标车', 'feibiao-diandong-zixingche'],
  ['养老保险改革后，“中人”的待遇新老办法对比、保低限高。', '中人', 'zhongren'],
  ['这块住宅用地限地价、竞品质出让。', '竞品质', 'jing-pinzhi'],
  ['今年全市引进省外到位资金300亿元。', '省外到位资金', 'shengwai-daowei-zijin'],
  ['我市加快6G技术研发。', '6G', 'diliudai-yidong-tongxin'],
  ['县职教中心推进中高职衔接。', '中高职衔接', 'zhonggaozhi-yitihua'],
  ['街道开展公益微创投，资助社区项目。', '公益微创投', 'gongyi-chuangtou'],
  ['企业投资项目实行全程代办。', '全程代办', 'bangban-daiban'],
  ['这宗地块以12%的溢价率成交。', '溢价率', 'yijialv'],
  ['今年全市土地溢价率明显回落。', '土地溢价率', 'yijialv'],
  ['老厂区的三家企业已全部腾退。', '腾退', 'tengtui'],
  ['市人大常委会开展专题询问，副市长到会应询。', '应询', 'yingxun'],
  ['统计调查显示，全县群众安全感满意率为98.6%。', '群众安全感满意率', 'anquangan-manyilv'],
  ['今年全县双季稻面积扩大到3万亩。', '双季稻', 'shuangjidao'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('市控断面和国考断面都达标了。')).toEqual(expect.arrayContaining(['shikong-duanmian', 'guokao-duanmian']));
    expect(g.ids('学校实行选课走班。')).toContain('xuanke-zouban');
    expect(g.ids('村里发展村级物业经济。')).toContain('cunji-wuye-jingji');
  },
});

leftAloneByIdBlock('dev68 … dev95 misses: the words inside or beside them are left alone', [
  ['这次股权出让金额达到三千万元。', 'tudi-churang-shouru'],
  ['规划保留用地指标两百亩。', 'liuyongdi'],
  ['园区预留用地三百亩。', 'liuyongdi'],
  ['尾气超标车辆被通知限期维修。', 'feibiao-diandong-zixingche'],
  ['新一轮候选人名单公布了。', 'lunhou'],
  ['农户领到的种子基本都发芽了。', 'zhongzi-jijin'],
  ['他把这笔钱专项用于规划馆建设。', 'zhuanxiang-guihua'],
  ['小区物业用房漏水了。', 'cunji-wuye-yongfang'],
  ['他在县城开了一家保险公司代理点，保费比去年涨了。', 'baofei-butie'],
  ['他把课程分层讲解，走班的学生也听得懂。', 'fenceng-zouban'],
  ['他的立法学计划下学期开课。', 'lifa-jihua'],
  ['两家闹了矛盾，请了个中人说和。', 'zhongren'],
  ['家中人口不多，其中人均收入增长了。', 'zhongren'],
  ['这款手机有6G运行内存。', 'diliudai-yidong-tongxin'],
  ['他买了台16G内存的电脑。', 'diliudai-yidong-tongxin'],
  ['这场比赛竞争激烈，品质高。', 'jing-pinzhi'],
  ['医生应询问病人的过敏史。', 'yingxun'],
  ['这款饮料的价格溢价率先回落。', 'yijialv'],
  ['孩子们在操场上翻腾退到一边。', 'tengtui'],
  ['他种的是单季稻，不是早稻。', 'shuangjidao'],
  ['居民的安全感和满意度都很高。', 'anquangan-manyilv'],
]);
