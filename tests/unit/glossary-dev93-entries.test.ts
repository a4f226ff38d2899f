// The entries of the dev93 round, drawn from the Party organisation, cadre and clean-governance items of city and
// county papers: choosing cadres (the candidates under vetting, nomination by interviews, promotion past a rank,
// the integrity clearance, open selection, transfer to another place), grassroots Party organisations (temporary
// and migrant members' branches, "four strengths" branches), members (members out of contact, dues, Party
// classes, unqualified members), organisation life (heart-to-heart talks, the self-examination statement,
// democratic centralism, coordinating bodies, the committee for the care of the young, Party leadership over
// talent) and discipline (drawing pay without working, resident inspection teams, cautionary education, private
// cars run on public money, the pre-appointment integrity talk, government apps, summons for a talk) and civil servants'
// promotion in grade. Each is underlined in a sentence
// of its own (not the development set's), and the everyday words inside or beside them are left alone; 考察对象,
// 异地交流 and 约谈 are underlined only in policy prose (lib/glossary/everyday.ts).
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev93 entries: underlined as the term', [
  ['组织部确定了5名考察对象。', '考察对象', 'kaocha-duixiang'],
  ['拟提拔的考察对象名单已经公示。', '考察对象', 'kaocha-duixiang'],
  ['这次换届先进行谈话调研推荐。', '谈话调研推荐', 'tanhua-diaoyan-tuijian'],
  ['个别谈话推荐在周五前结束。', '谈话推荐', 'tanhua-diaoyan-tuijian'],
  ['他去年被越级提拔为副县长。', '越级提拔', 'yueji-tiba'],
  ['纪委对拟任人选出具廉洁意见。', '廉洁意见', 'lianjie-yijian'],
  ['纪委监委回复党风廉政意见120人次。', '党风廉政意见', 'lianjie-yijian'],
  ['省级机关今年公开遴选公务员。', '公开遴选', 'gongkai-linxuan'],
  ['县委书记任职满十年的要异地交流。', '异地交流', 'yidi-jiaoliu'],
  ['培训班成立了临时党支部。', '临时党支部', 'linshi-dangzhibu'],
  ['村里在杭州设了流动党员党支部。', '流动党员党支部', 'liudong-dangzhibu'],
  ['镇里共找回失联党员3名。', '失联党员', 'shilian-dangyuan'],
  ['老党员每月按时交纳党费。', '党费', 'dangfei'],
  ['书记给新党员上了一堂党课。', '党课', 'dangke'],
  ['支部对不合格党员限期改正。', '不合格党员', 'buhege-dangyuan'],
  ['会前开展了谈心谈话。', '谈心谈话', 'tanxin-tanhua'],
  ['每名班子成员都写了对照检查材料。', '对照检查材料', 'duizhao-jiancha-cailiao'],
  ['县委常委会坚持民主集中制。', '民主集中制', 'minzhu-jizhongzhi'],
  ['区里撤并了一批议事协调机构。', '议事协调机构', 'yishi-xietiao-jigou'],
  ['镇关工委组织了暑期活动。', '关工委', 'guangongwei'],
  ['市关心下一代工作委员会召开全体会议。', '关心下一代工作委员会', 'guangongwei'],
  ['市委坚持党管人才原则。', '党管人才', 'dangguan-rencai'],
  ['单位清理吃空饷人员4名。', '吃空饷', 'chi-kongxiang'],
  ['派驻纪检监察组开展专项检查。', '派驻纪检监察组', 'paizhu-jijian-jiancha-zu'],
  ['派驻纪检组约谈了局长。', '派驻纪检组', 'paizhu-jijian-jiancha-zu'],
  ['全县干部观看了警示教育片。', '警示教育片', 'jingshi-jiaoyu'],
  ['他因私车公养受到党纪处分。', '私车公养', 'siche-gongyang'],
  ['新提任干部接受任前廉政谈话。', '任前廉政谈话', 'renqian-lianzheng-tanhua'],
  ['机关开展“四强”党支部创建。', '“四强”党支部', 'siqiang-dangzhibu'],
  ['市里清理了一批政务App。', '政务App', 'zhengwu-yingyong-chengxu'],
  ['各县整合政务应用程序。', '政务应用程序', 'zhengwu-yingyong-chengxu'],
  ['每个企业配一名党建工作指导员。', '党建工作指导员', 'dangjian-zhidaoyuan'],
  ['全县排查软弱涣散村党组织。', '软弱涣散村党组织', 'ruanruo-huansan-dangzuzhi'],
  ['今年有40名公务员职级晋升。', '职级晋升', 'zhiji-jinsheng'],
  ['县纪委约谈了两名部门负责人。', '约谈', 'yuetan'],
  ['市场监管局约谈三家外卖平台。', '约谈', 'yuetan'],
]);

leftAloneByIdBlock('dev93 entries: the everyday words inside or beside them are left alone', [
  ['专家组这次的考察对象是一片红树林。', 'kaocha-duixiang'],
  ['两地学生通过视频异地交流学习心得。', 'yidi-jiaoliu'],
  ['这个政党课题组由三名教授组成。', 'dangke'],
  ['安监人员对照检查标准逐项排查隐患。', 'duizhao-jiancha-cailiao'],
  ['他的手机里装了十几个应用程序。', 'zhengwu-yingyong-chengxu'],
  ['村里新修了一个临时停车场。', 'linshi-dangzhibu'],
  ['这批货物流动性很强。', 'liudong-dangzhibu'],
  ['他和朋友失联了三天。', 'shilian-dangyuan'],
  ['这批零件有几个不合格。', 'buhege-dangyuan'],
  ['小区门口的警示牌很醒目。', 'jingshi-jiaoyu'],
  ['他把私车借给了朋友。', 'siche-gongyang'],
  ['两人在公园里谈心。', 'tanxin-tanhua'],
  ['记者约谈了几位专家。', 'yuetan'],
  ['他的职级比我高。', 'zhiji-jinsheng'],
]);
