// The entries of the dev72 round, drawn from the Party and clean-governance items of local papers: the discipline
// study campaign and its rules (learn-know-understand-keep, cautionary education bases, explaining the rules
// through cases, warnings and probation within the Party, bribe-givers investigated with takers, reminder talks),
// the eight-point rules campaign (study-check-correct, the thrift regulations and their alcohol ban, work style and
// corruption investigated together, reception lists, official cars, meals and drink at public expense, unauthorised
// allowances), work style (the right idea of achievement, fewer documents and meetings, monitoring points,
// piling on, paper trails, digital formalism, "do it at once", office efficiency), clean-governance units and
// families, the inspection round (special-topic, political and cross inspections, linking the levels,
// correcting during inspection, leads), cadre training and appraisal, and Party building in new sectors and
// estates. Each is underlined in a sentence of its own (not the development set's); the everyday forms (a doctor's
// 禁酒令, a grandmother's 层层加码, a boy's 马上就办, a masked guest who 亮身份, a course's 平时考核) and everyday words
// beside the entries are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev72 entries: underlined as the term', [
  ['要推动党员干部学纪、知纪、明纪、守纪。', '学纪、知纪、明纪、守纪', 'xueji-zhiji-mingji-shouji'],
  ['党纪学习教育的目标是学纪知纪明纪守纪。', '学纪知纪明纪守纪', 'xueji-zhiji-mingji-shouji'],
  ['干部们认真学习“六大纪律”。', '六大纪律', 'liuda-jilv'],
  ['全县新建一处廉政教育基地。', '廉政教育基地', 'lianzheng-jiaoyu-jidi'],
  ['街道召开以案说纪警示教育会。', '以案说纪', 'yian-shuoji'],
  ['他因违规收受礼品受到党内警告处分。', '党内警告', 'dangnei-jinggao'],
  ['给予其留党察看二年处分。', '留党察看', 'liudang-chakan'],
  ['纪委坚持受贿行贿一起查。', '受贿行贿一起查', 'shouhui-xinghui-yiqicha'],
  ['对有苗头性问题的干部进行提醒谈话。', '提醒谈话', 'tixing-tanhua'],
  ['学习教育坚持学查改一体推进。', '学查改', 'xuechagai'],
  ['机关认真执行《党政机关厉行节约反对浪费条例》。', '党政机关厉行节约反对浪费条例', 'lijie-fandui-langfei-tiaoli'],
  ['县里严格执行公务接待“禁酒令”。', '禁酒令', 'jinjiuling'],
  ['纪委坚持风腐同查同治。', '风腐同查同治', 'fengfu-tongcha-tongzhi'],
  ['每次公务接待都要填写接待清单。', '接待清单', 'jiedai-qingdan'],
  ['通报了一起公车私用问题。', '公车私用', 'gongche-siyong'],
  ['严查公款吃喝问题。', '公款吃喝', 'gongkuan-chihe'],
  ['市纪委通报违规饮酒问题。', '违规饮酒', 'weigui-yinjiu'],
  ['全县持续正风肃纪反腐。', '正风肃纪', 'zhengfeng-suji'],
  ['严查违规发放津贴补贴问题。', '违规发放津贴补贴', 'weigui-fafang-jintie'],
  ['干部要树立和践行正确政绩观。', '正确政绩观', 'zhengque-zhengjiguan'],
  ['市委办公室持续精文减会。', '精文减会', 'jingwen-jianhui'],
  ['这个街道是省里的基层减负观察点。', '基层减负观察点', 'jiceng-jianfu-guanchadian'],
  ['防止工作任务层层加码。', '层层加码', 'cengceng-jiama'],
  ['基层干部反映痕迹主义仍然存在。', '痕迹主义', 'henji-zhuyi'],
  ['整治数字形式主义，为基层干部减负。', '数字形式主义', 'shuzi-xingshi-zhuyi'],
  ['县里倡导“马上就办”的工作作风。', '马上就办', 'mashang-jiuban'],
  ['全市深化机关效能建设。', '机关效能建设', 'jiguan-xiaoneng-jianshe'],
  ['县里开展效能建设专项督查。', '效能建设', 'jiguan-xiaoneng-jianshe'],
  ['市医保局推进清廉医保建设。', '清廉医保', 'qinglian-yibao'],
  ['妇联组织家庭助廉活动。', '家庭助廉', 'jiating-zhulian'],
  ['纪委为新任干部建立廉政档案。', '廉政档案', 'lianzheng-dangan'],
  ['局领导带队开展廉政家访。', '廉政家访', 'lianzheng-jiafang'],
  ['各科室梳理廉洁风险点。', '廉洁风险点', 'lianzheng-fengxian'],
  ['村党支部配备了一名纪检委员。', '纪检委员', 'jijian-weiyuan'],
  ['县委对教育系统开展专项巡察。', '专项巡察', 'zhuanxiang-xuncha'],
  ['巡察组坚守政治巡察定位。', '政治巡察', 'zhengzhi-xuncha'],
  ['县委对村（社区）开展交叉巡察。', '交叉巡察', 'jiaocha-xuncha'],
  ['全省推进巡视巡察上下联动。', '巡视巡察上下联动', 'xunshi-xuncha-lianshang-liandong'],
  ['巡察组督促被巡察单位边巡边改。', '边巡边改', 'bianxun-biangai'],
  ['巡察组移交问题线索5件。', '问题线索', 'wenti-xiansuo'],
  ['县委党校今年举办主体班次8期。', '主体班次', 'zhuti-banci'],
  ['新录用公务员参加初任培训。', '初任培训', 'churen-peixun'],
  ['干部在干部网络学院完成学时。', '干部网络学院', 'ganbu-wangluo-xueyuan'],
  ['这个村是党校的现场教学点。', '现场教学点', 'xianchang-jiaoxuedian'],
  ['他到省厅跟岗学习半年。', '跟岗学习', 'gengang-xuexi'],
  ['加强年轻干部源头培养。', '源头培养', 'yuantou-peiyang'],
  ['全县推行公务员平时考核。', '平时考核', 'pingshi-kaohe'],
  ['我省实行公务员职务与职级并行。', '职务与职级并行', 'zhiwu-zhiji-bingxing'],
  ['县里落实职务职级并行制度。', '职务职级并行', 'zhiwu-zhiji-bingxing'],
  ['在抗台一线考察识别干部。', '一线考察识别干部', 'yixian-kaocha'],
  ['打造忠诚干净担当的干部队伍。', '忠诚干净担当', 'zhongcheng-ganjing-dandang'],
  ['选派党建指导员实现党的工作覆盖。', '工作覆盖', 'gongzuo-fugai'],
  ['区里成立非公企业综合党委。', '综合党委', 'zonghe-dangwei'],
  ['商务楼宇成立了联合党委。', '联合党委', 'lianhe-dangwei'],
  ['党员快递员佩戴党徽亮身份。', '亮身份', 'liang-shenfen'],
  ['公司打造了自己的党建品牌。', '党建品牌', 'dangjian-pinpai'],
  ['社区推行党员积分管理。', '党员积分管理', 'dangyuan-jifen-guanli'],
  ['他获得了“光荣在党50年”纪念章。', '光荣在党50年', 'guangrong-zaidang-50nian'],
  ['每幢楼都有一名党员楼长。', '党员楼长', 'dangyuan-louzhang'],
  ['街道创建党建示范小区。', '党建示范小区', 'dangjian-shifan-xiaoqu'],
  ['街道推进物业党建，提升小区服务水平。', '物业党建', 'wuye-dangjian'],
  ['乡镇党委书记开展抓党建述职评议。', '抓党建述职评议', 'zhua-dangjian-shuzhi-pingyi'],
  // Forms added to older entries: the full wording of the eight-point rules, and a rectified item struck off.
  ['干部逐条学习中央八项规定及其实施细则精神。', '中央八项规定及其实施细则精神', 'zhongyang-baxiang-guiding'],
  ['完成整改的问题实行整改销号。', '整改销号', 'xiaohao-guanli'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('县委组织开展巡察整改。')).toContain('xuncha-zhenggai');
    expect(g.ids('各单位开展廉政风险防控。')).toContain('lianzheng-fengxian');
    expect(g.ids('人大常委会开展述职评议。')).toContain('shuzhi-pingyi');
    // No entry for 巡察反馈: it took 常规巡察反馈会 from the older 常规巡察 (dev54), so it was left out.
    expect(g.ids('区委第二轮常规巡察反馈会召开。')).toContain('changgui-xuncha');
  },
});

leftAloneByIdBlock('dev72 entries: the everyday words inside or beside them are left alone', [
  ['体检查出脂肪肝后，医生给爸爸下了禁酒令。', 'jinjiuling'],
  ['降温了，奶奶给孙子层层加码，一口气套了五件衣服。', 'cengceng-jiama'],
  ['妈妈让他收拾房间，他头也不抬地说马上就办。', 'mashang-jiuban'],
  ['晚会最后，神秘嘉宾摘下面具亮身份。', 'liang-shenfen'],
  ['这门课的平时考核占总成绩的三成。', 'pingshi-kaohe'],
  ['他在纪念馆里看了一段教育片。', 'lianzheng-jiaoyu-jidi'],
  ['老师讲了一个寓言故事。', 'yian-shuoji'],
  ['裁判给了他一张黄牌警告。', 'dangnei-jinggao'],
  ['他在门口留了一张字条。', 'liudang-chakan'],
  ['警察一起查看了监控录像。', 'shouhui-xinghui-yiqicha'],
  ['手机闹钟每天提醒他喝水。', 'tixing-tanhua'],
  ['这家餐厅的接待能力很强。', 'jiedai-qingdan'],
  ['他把私家车借给了朋友。', 'gongche-siyong'],
  ['这顿饭是他自己掏钱请的。', 'gongkuan-chihe'],
  ['他不喝酒，只喝饮料。', 'weigui-yinjiu'],
  ['这本书的文件夹丢了。', 'jingwen-jianhui'],
  ['雪地上留下了一串痕迹。', 'henji-zhuyi'],
  ['这部手机的数字键坏了。', 'shuzi-xingshi-zhuyi'],
  ['妈妈的医保卡找不到了。', 'qinglian-yibao'],
  ['他把旧档案整理好放进柜子。', 'lianzheng-dangan'],
  ['班主任利用周末进行家访。', 'lianzheng-jiafang'],
  ['博物馆派专人到现场教学。', 'xianchang-jiaoxuedian'],
  ['他在河里找到了水源的源头。', 'yuantou-peiyang'],
  ['大楼里的党员活动室很亮堂。', 'liang-shenfen'],
  ['这家奶茶店是个网红品牌。', 'dangjian-pinpai'],
  ['超市推出了会员积分兑换活动。', 'dangyuan-jifen-guanli'],
  ['这栋楼的楼长是位热心的老人。', 'dangyuan-louzhang'],
  ['新开的小区绿化很好。', 'dangjian-shifan-xiaoqu'],
  ['小区物业每天清运垃圾。', 'wuye-dangjian'],
  ['这个问题的线索藏在第二段里。', 'wenti-xiansuo'],
  ['我们两家的孩子在一个网络学习群里。', 'ganbu-wangluo-xueyuan'],
  ['他的工作范围覆盖全市。', 'gongzuo-fugai'],
  ['他一直忠诚于自己的理想。', 'zhongcheng-ganjing-dandang'],
]);
