// The entries of the dev64 round, drawn from the education pages of local papers: the gaokao and the other roads to
// college (the January sitting, scaled scores, the first-segment cut-off, parallel applications, the special-schemes
// cut-off, early vocational admission, college-to-university upgrade, tied rural medical students), the classroom
// (oversized classes, national quality monitoring, whole-unit teaching, tiered homework, teaching from zero),
// kindergartens and the under-threes (public and graded kindergartens, estate kindergartens, the child-rearing-friendly
// society, certified counties, township central kindergartens, infant stations, menus with quantities, pre-school aid),
// teachers (title assessment, ethics, tied rural training, the rising-teacher award, licence renewal, lightening
// the load, teaching researchers), student aid and safety (drowning prevention, aid and its certification, grants
// and scholarships, student insurance, the one-touch alarm, work-study), vocational and higher education (programme
// clusters, technical schools, expanded enrolment, the dual system, industry mentors) and special and lifelong
// education (satellite classes, medicine and teaching combined, the expert committee, resource centres, visiting
// teachers, fifteen years of special education, open universities, community colleges, learning cities and the
// lifelong learning week). Each is underlined in a sentence of its own (not the development set's), and the everyday
// words inside or beside them are left alone; 首考, 一段线, 分层作业 and 教师减负 are underlined only in quotation
// marks or policy prose, and 开放大学 not where 开放 is the verb (向市民开放大学图书馆).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev64 entries: underlined as the term', [
  ['全省考生1月参加选考科目首考。', '首考', 'gaokao-shoukao'],
  ['物理等选考科目实行等级赋分。', '等级赋分', 'dengji-fufen'],
  ['我省今年普通类一段线比去年高了5分。', '一段线', 'yiduanxian'],
  ['本科批次实行平行志愿投档。', '平行志愿', 'pingxing-zhiyuan'],
  ['她的成绩超过了特殊类型招生控制线。', '特殊类型招生控制线', 'teshu-leixing-zhaosheng-kongzhixian'],
  ['他的分数刚过特控线。', '特控线', 'teshu-leixing-zhaosheng-kongzhixian'],
  ['表哥通过高职提前招生被录取。', '高职提前招生', 'gaozhi-tiqian-zhaosheng'],
  ['姐姐正在准备专升本考试。', '专升本', 'zhuanshengben'],
  ['他是一名农村订单定向医学生。', '农村订单定向医学生', 'nongcun-dingxiang-yixuesheng'],
  ['新校区投用后，全区消除了大班额。', '大班额', 'dabane'],
  ['我校被抽中参加国家义务教育质量监测。', '国家义务教育质量监测', 'guojia-yiwu-jiaoyu-zhiliang-jiance'],
  ['数学组开展大单元教学研讨。', '大单元教学', 'da-danyuan-jiaoxue'],
  ['各校推行分层作业。', '分层作业', 'fenceng-zuoye'],
  ['一年级坚持零起点教学。', '零起点教学', 'lingqidian-jiaoxue'],
  ['孩子上的是公办园，离家只有五百米。', '公办园', 'gongbanyuan'],
  ['这所公办幼儿园明年扩班。', '公办幼儿园', 'gongbanyuan'],
  ['县里又有两所幼儿园评上省二级幼儿园。', '省二级幼儿园', 'dengji-youeryuan'],
  ['这个楼盘的小区配套幼儿园已经移交教育局。', '小区配套幼儿园', 'xiaoqu-peitao-youeryuan'],
  ['市里发布建设育儿友好型社会的十条措施。', '育儿友好型社会', 'yuer-youhaoxing-shehui'],
  ['这个区创成学前教育普及普惠区。', '学前教育普及普惠区', 'xueqian-jiaoyu-puji-puhuixian'],
  ['镇上的乡镇中心幼儿园新建了操场。', '乡镇中心幼儿园', 'xiangzhen-zhongxin-youeryuan'],
  ['妈妈带着宝宝去婴幼儿成长驿站上亲子课。', '婴幼儿成长驿站', 'yingyouer-chengzhang-yizhan'],
  ['食堂门口贴出了本周带量食谱。', '带量食谱', 'dailiang-shipu'],
  ['这笔钱属于学前教育资助。', '学前教育资助', 'xueqian-jiaoyu-zizhu'],
  ['今年的职称评审结果已经公示。', '职称评审', 'zhicheng-pingshen'],
  ['学校召开师德师风专题会议。', '师德师风', 'shide-shifeng'],
  ['她报考了乡村教师定向培养。', '乡村教师定向培养', 'xiangcun-jiaoshi-dingxiang-peiyang'],
  ['王老师去年被评为县教坛新秀。', '教坛新秀', 'jiaotan-xinxiu'],
  ['请于月底前完成教师资格定期注册。', '教师资格定期注册', 'jiaoshi-zige-dingqi-zhuce'],
  ['全县推进教师减负，清理进校园事项。', '教师减负', 'jiaoshi-jianfu'],
  ['几位教研员来学校听课。', '教研员', 'jiaoyanyuan'],
  ['暑假前学校又上了一堂防溺水课。', '防溺水', 'fangnishui'],
  ['县学生资助管理中心公布了咨询电话。', '学生资助', 'xuesheng-zizhu'],
  ['辅导员正在做家庭经济困难学生认定。', '家庭经济困难学生认定', 'jiating-jingji-kunnan-xuesheng-rending'],
  ['他每学期都能领到国家助学金。', '国家助学金', 'guojia-zhuxuejin'],
  ['她连续两年获得国家奖学金。', '国家奖学金', 'guojia-jiangxuejin'],
  ['他拿到了国家励志奖学金。', '国家励志奖学金', 'guojia-lizhi-jiangxuejin'],
  ['班主任说学平险不强制购买。', '学平险', 'xuepingxian'],
  ['门卫按下一键报警按钮，民警三分钟赶到。', '一键报警', 'yijian-baojing'],
  ['她在图书馆做勤工助学。', '勤工助学', 'qingong-zhuxue'],
  ['学院有两个高水平专业群。', '高水平专业群', 'gaoshuiping-zhuanyequn'],
  ['他初中毕业后读了技工院校。', '技工院校', 'jigong-yuanxiao'],
  ['高职扩招让他有了上大学的机会。', '高职扩招', 'gaozhi-kuozhao'],
  ['这所学校引进了德国双元制。', '双元制', 'shuangyuanzhi'],
  ['公司工程师被学院聘为产业导师。', '产业导师', 'chanye-daoshi'],
  ['卫星班的孩子和普通班一起上音乐课。', '卫星班', 'weixingban'],
  ['这所特校坚持医教结合。', '医教结合', 'yijiao-jiehe'],
  ['残疾人教育专家委员会建议他随班就读。', '残疾人教育专家委员会', 'canjiren-jiaoyu-zhuanjia-weiyuanhui'],
  ['区特殊教育资源中心揭牌。', '特殊教育资源中心', 'teshu-jiaoyu-ziyuan-zhongxin'],
  ['巡回指导教师每周来一次。', '巡回指导教师', 'xunhui-zhidao-jiaoshi'],
  ['我省率先普及十五年特殊教育。', '十五年特殊教育', 'shiwunian-teshu-jiaoyu'],
  ['他在开放大学读完了本科。', '开放大学', 'kaifang-daxue'],
  ['奶奶报名了老年开放大学的摄影课。', '老年开放大学', 'laonian-kaifang-daxue'],
  ['区社区学院开设了茶艺班。', '社区学院', 'shequ-xueyuan'],
  ['这座城市入选全球学习型城市网络。', '学习型城市', 'xuexixing-chengshi'],
  ['全民终身学习活动周开幕。', '全民终身学习活动周', 'quanmin-zhongshen-xuexi-huodongzhou'],
  ['县里推行“分层作业”。', '分层作业', 'fenceng-zuoye'],
  ['考生们迎来“首考”。', '首考', 'gaokao-shoukao'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('学院入选国家双高计划。')).toContain('shuanggao-jihua');
    expect(g.ids('我县普惠性幼儿园覆盖率达到95%。')).toContain('puhuixing-youeryuan');
  },
});

leftAloneByIdBlock('dev64 entries: the everyday words inside or beside them are left alone', [
  ['他的驾照科目二首考就通过了。', 'gaokao-shoukao'],
  ['老师让我们用尺子画一段线。', 'yiduanxian'],
  ['工人们在脚手架上分层作业。', 'fenceng-zuoye'],
  ['学校取消了部分检查，让教师“减负担”。', 'jiaoshi-jianfu'],
  ['暑假期间，学校向市民开放大学图书馆。', 'kaifang-daxue'],
  ['周末，这所大学对外开放大学校园。', 'kaifang-daxue'],
  ['这次考试分数线比去年高。', 'yiduanxian'],
  ['他每天都在规划自己的学习。', 'jiaoyanyuan'],
  ['这个班的人数有点多。', 'dabane'],
  ['单元测试的卷子发下来了。', 'da-danyuan-jiaoxue'],
  ['蛋糕分层叠放在盒子里。', 'fenceng-zuoye'],
  ['他从零起步学画画。', 'lingqidian-jiaoxue'],
  ['这所幼儿园的老师都很有耐心。', 'gongbanyuan'],
  ['小区里有一个儿童游乐场。', 'xiaoqu-peitao-youeryuan'],
  ['这家咖啡店对带孩子的顾客很友好。', 'yuer-youhaoxing-shehui'],
  ['宝宝在快递驿站门口睡着了。', 'yingyouer-chengzhang-yizhan'],
  ['这道菜的食谱写得很详细。', 'dailiang-shipu'],
  ['他申请了一笔创业资助。', 'xueqian-jiaoyu-zizhu'],
  ['评委正在评审参赛作品。', 'zhicheng-pingshen'],
  ['这篇文章的文风很朴实。', 'shide-shifeng'],
  ['这批树苗是定向培养的新品种。', 'xiangcun-jiaoshi-dingxiang-peiyang'],
  ['他是乒乓球坛的新秀。', 'jiaotan-xinxiu'],
  ['新会员请先注册账号。', 'jiaoshi-zige-dingqi-zhuce'],
  ['他在河边游泳时差点溺水。', 'fangnishui'],
  ['她的家庭经济条件不错。', 'jiating-jingji-kunnan-xuesheng-rending'],
  ['公司设立了员工奖学金。', 'guojia-jiangxuejin'],
  ['这款手机有一键拍照功能。', 'yijian-baojing'],
  ['他课余在餐馆打工。', 'qingong-zhuxue'],
  ['这首歌的水平很高。', 'gaoshuiping-zhuanyequn'],
  ['学校今年扩建了操场。', 'gaozhi-kuozhao'],
  ['这部电影讲的是二元对立。', 'shuangyuanzhi'],
  ['他是这家公司的产业工人。', 'chanye-daoshi'],
  ['夜空中有一颗人造卫星。', 'weixingban'],
  ['这位医生在大学教书。', 'yijiao-jiehe'],
  ['他是资源回收中心的员工。', 'teshu-jiaoyu-ziyuan-zhongxin'],
  ['乐队在各地巡回演出。', 'xunhui-zhidao-jiaoshi'],
  ['他在社区学唱歌。', 'shequ-xueyuan'],
  ['他是个爱学习的人，住在城市里。', 'xuexixing-chengshi'],
]);
