// The entries of the dev113 round, drawn from the talent, research institute and technology transfer items of city
// papers: research integrity and ethics, ending the "four onlys" and judging by representative works, research
// assistant posts; the work permit and the R visa of foreign talent; leave to start a firm and paid part-time work;
// putting results into firms at a value, evaluating them, managing them apart from state assets, auctioning them,
// the online technology market and model transfer agencies; rural maker spaces, incubatees and graduate firms, the
// national start-up contest and returnee parks; agricultural science parks, model households and farm extension;
// the contribution of technology to growth and government spending on science; Zhejiang's key enterprise institutes
// and its "大院名所"; industry-commissioned projects and converted institutes. Each is underlined in a sentence of
// its own (not the development set's), and the everyday words that share their characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev113 entries: underlined as the term', [
  ['学校召开科研诚信教育大会。', '科研诚信', 'keyan-chengxin'],
  ['研究所成立了科技伦理审查委员会。', '科技伦理', 'keji-lunli'],
  ['人才评价要坚决破“四唯”。', '破“四唯”', 'po-siwei'],
  ['省里要求在人才评价中破四唯、立新标。', '破四唯', 'po-siwei'],
  ['今年的高级职称评审实行代表作制度。', '代表作制度', 'daibiaozuo-zhidu'],
  ['大学今年开发了一批科研助理岗位。', '科研助理', 'keyan-zhuli-gangwei'],
  ['这位外籍工程师拿到了外国人来华工作许可。', '外国人来华工作许可', 'waiguoren-laihua-gongzuo-xuke'],
  ['出入境管理部门为他签发了R字签证。', 'R字签证', 'r-zi-qianzheng'],
  ['这位研究员三年前离岗创业，办起了一家芯片公司。', '离岗创业', 'ligang-chuangye'],
  ['政策允许高校教师到企业兼职兼薪。', '兼职兼薪', 'jianzhi-jianxin'],
  ['学院把三项发明专利作价入股新公司。', '作价入股', 'zuojia-rugu'],
  ['市科技局委托第三方开展科技成果评价。', '科技成果评价', 'keji-chengguo-pingjia'],
  ['学校是职务科技成果单列管理的试点单位。', '职务科技成果单列管理', 'zhiwu-chengguo-danlie-guanli'],
  ['该中心被认定为国家技术转移示范机构。', '国家技术转移示范机构', 'guojia-jishu-zhuanyi-shifan-jigou'],
  ['村里的星创天地吸引了不少返乡青年。', '星创天地', 'xingchuang-tiandi'],
  ['园区有在孵企业一百多家。', '在孵企业', 'zaifu-qiye'],
  ['孵化器今年新增毕业企业15家。', '毕业企业', 'biye-qiye'],
  ['他的团队在中国创新创业大赛中获得一等奖。', '中国创新创业大赛', 'zhongguo-chuangxin-chuangye-dasai'],
  ['他回国后把公司设在留学人员创业园。', '留学人员创业园', 'liuxue-renyuan-chuangyeyuan'],
  ['县里正在创建国家农业科技园区。', '农业科技园区', 'nongye-keji-yuanqu'],
  ['村里今年新培育科技示范户20户。', '科技示范户', 'keji-shifanhu'],
  ['乡镇农技推广站的技术员来到田头。', '农技推广', 'nongye-jishu-tuiguang'],
  ['全省科技进步贡献率稳步提高。', '科技进步贡献率', 'keji-jinbu-gongxianlv'],
  ['县里的财政科技投入连续三年增长两成以上。', '财政科技投入', 'caizheng-keji-touru'],
  ['该公司获批建设省重点企业研究院。', '省重点企业研究院', 'sheng-zhongdian-qiye-yanjiuyuan'],
  ['市里与大院名所共建了五家研究院。', '大院名所', 'dayuan-mingsuo'],
  ['这项难题挂到了网上技术市场。', '网上技术市场', 'zhejiang-wangshang-jishu-shichang'],
  ['科技成果竞价（拍卖）会上，一项专利拍出120万元。', '科技成果竞价（拍卖）', 'keji-chengguo-jingjia-paimai'],
  ['他的团队去年承担了十多项横向课题。', '横向课题', 'hengxiang-keti'],
  ['这家转制院所如今已是上市公司。', '转制院所', 'zhuanzhi-keyan-yuansuo'],
]);

leftAloneByIdBlock('dev113 entries: the everyday words that share their characters are left alone', [
  ['他为人诚信，从不食言。', 'keyan-chengxin'],
  ['这部电影探讨了科技与伦理的关系。', 'keji-lunli'],
  ['他一连打破四项纪录，唯独跳远没有破。', 'po-siwei'],
  ['这部小说是他的代表作。', 'daibiaozuo-zhidu'],
  ['她在律师事务所当助理。', 'keyan-zhuli-gangwei'],
  ['这位外国人来华工作已经十年了。', 'waiguoren-laihua-gongzuo-xuke'],
  ['她去领事馆办了旅游签证。', 'r-zi-qianzheng'],
  ['下班离岗前，他检查了一遍门窗。', 'ligang-chuangye'],
  ['大学生利用暑假兼职，赚了些零花钱。', 'jianzhi-jianxin'],
  ['这辆旧车作价三万元卖给了邻居。', 'zuojia-rugu'],
  ['观众对这部电影评价很高。', 'keji-chengguo-pingjia'],
  ['这笔费用在预算中单列。', 'zhiwu-chengguo-danlie-guanli'],
  ['星空下的天地一片寂静。', 'xingchuang-tiandi'],
  ['母鸡正在孵小鸡。', 'zaifu-qiye'],
  ['这位名校毕业企业家回乡办厂。', 'biye-qiye'],
  ['学校举办了大学生创新大赛。', 'zhongguo-chuangxin-chuangye-dasai'],
  ['他在一家农业科技公司上班。', 'nongye-keji-yuanqu'],
  ['这户人家是村里的文明示范户。', 'keji-shifanhu'],
  ['他为公司的进步作出了贡献。', 'keji-jinbu-gongxianlv'],
  ['公司今年加大了科技投入。', 'caizheng-keji-touru'],
  ['爷爷家的大院名气很大。', 'dayuan-mingsuo'],
  ['他在网上技术交流群里提问。', 'zhejiang-wangshang-jishu-shichang'],
  ['拍卖会上一幅画卖出了高价。', 'keji-chengguo-jingjia-paimai'],
  ['这道题要横向比较两组数据。', 'hengxiang-keti'],
  ['剧团转制为企业后，演出更多了。', 'zhuanzhi-keyan-yuansuo'],
  ['新产品的推广很顺利。', 'nongye-jishu-tuiguang'],
  ['村里的土地作价入股合作社。', 'zuojia-rugu'],
]);
