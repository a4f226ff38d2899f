// The entries of the dev122 round, drawn from the taxes and fees items of city papers: income from personal
// services, the continuing-education deduction, priority refunds and withholding agents of the individual income
// tax; tax-control devices, red-letter invoices, invoice verification and the tax digital account; incremental
// and existing VAT credits, the special VAT invoice, the threshold, the levy rate of the simplified method and
// provisional enterprise income tax filings; the classes of non-tax revenue (paid use of state resources and
// assets, fines and confiscations, administrative fees), the local education surcharge, the local water fund
// and electronic fiscal receipts; smart taxation, major tax-law violators, D-rated taxpayers and advance
// rulings; export document filing, class-one exporters and exports taxed as domestic sales; the work-injury
// industry base rate and years of actual contributions; and the printed forms 全国统一规范电子税务局 and
// 个人所得税APP of older entries. Each is underlined in a sentence of its own (not the development set's), and
// the everyday words that share their characters are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev122 entries: underlined as the term', [
  ['出版社支付的稿酬和讲课的劳务报酬都要预扣个税。', '劳务报酬', 'laowu-baochou-suode'],
  ['劳务报酬所得以收入减除20%的费用后的余额为收入额。', '劳务报酬所得', 'laowu-baochou-suode'],
  ['考取会计师证书的当年，她申报了继续教育专项附加扣除。', '继续教育专项附加扣除', 'jixu-jiaoyu-kouchu'],
  ['今年汇算，税务部门为有大额医疗支出的纳税人提供优先退税服务。', '优先退税', 'youxian-tuishui'],
  ['支付工资的单位是个人所得税的扣缴义务人。', '扣缴义务人', 'koujiao-yiwuren'],
  ['推行数电发票后，新办企业不用再购买税控设备。', '税控设备', 'shuikong-shebei'],
  ['销售方开具红字发票后，原来那张发票就冲销了。', '红字发票', 'hongzi-fapiao'],
  ['财务人员收到发票后先在网上做发票查验。', '发票查验', 'fapiao-chayan'],
  ['公司收到的发票都自动归集到税务数字账户里。', '税务数字账户', 'shuiwu-shuzi-zhanghu'],
  ['这家企业上月申请退还增量留抵税额80万元。', '增量留抵税额', 'zengliang-liudi-shuie'],
  ['这家工厂的存量留抵税额一次性退还到位。', '存量留抵税额', 'cunliang-liudi-shuie'],
  ['一般纳税人取得增值税专用发票后可以抵扣进项税额。', '增值税专用发票', 'zengzhishui-zhuanyong-fapiao'],
  ['很多人以为个税起征点是每月5000元。', '起征点', 'qizhengdian'],
  ['小规模纳税人开票时选择1%的征收率。', '征收率', 'zhengshoulv'],
  ['企业所得税第三季度预缴申报在10月15日截止。', '预缴申报', 'yujiao-shenbao'],
  ['海域使用金属于国有资源（资产）有偿使用收入。', '国有资源（资产）有偿使用收入', 'guoyou-ziyuan-youchang-shiyong-shouru'],
  ['执法部门的罚没收入必须全部上缴国库。', '罚没收入', 'famo-shouru'],
  ['省里公布了新一年的行政事业性收费目录清单。', '行政事业性收费', 'xingzheng-shiyexing-shoufei'],
  ['企业申报增值税时要一并申报地方教育附加。', '地方教育附加', 'difang-jiaoyu-fujia'],
  ['这家公司去年缴纳了地方水利建设基金3万元。', '地方水利建设基金', 'difang-shuili-jianshe-jijin'],
  ['在医院缴费后，手机上会收到财政电子票据。', '财政电子票据', 'caizheng-dianzi-piaoju'],
  ['省税务局加快推进智慧税务建设。', '智慧税务', 'zhihui-shuiwu'],
  ['税务局公布了一批重大税收违法失信主体的名单。', '重大税收违法失信主体', 'zhongda-shuishou-weifa-shixin-zhuti'],
  ['被评为D级纳税人后，这家公司的专票领用受到限制。', 'D级纳税人', 'd-ji-nashuiren'],
  ['这家企业就股权转让的税务处理申请了税收事先裁定。', '税收事先裁定', 'shuishou-shixian-caiding'],
  ['出口企业的单证备案资料可以电子化存放。', '单证备案', 'danzheng-beian'],
  ['全市一类出口企业增加到120家。', '一类出口企业', 'yilei-chukou-qiye'],
  ['这批货物逾期未申报退税，只能视同内销征税。', '视同内销', 'shitong-neixiao'],
  ['建筑业的工伤保险行业基准费率高于零售业。', '行业基准费率', 'hangye-jizhun-feilv'],
  ['她在本市的实际缴费年限还差两年。', '实际缴费年限', 'shiji-jiaofei-nianxian'],
  ['全国统一规范电子税务局今年在全省上线。', '全国统一规范电子税务局', 'dianzi-shuiwuju'],
  ['打开个人所得税APP就可以办理年度汇算。', '个人所得税APP', 'ziranren-dianzi-shuiwuju'],
]);

leftAloneByIdBlock('dev122 entries: the everyday words that share their characters are left alone', [
  ['对这一类出口企业，海关加强了抽检。', 'yilei-chukou-qiye'],
  ['这个地方教育附加分政策已经取消。', 'difang-jiaoyu-fujia'],
  ['老师用红字在作业本上写了评语。', 'hongzi-fapiao'],
  ['这次长跑比赛的起点设在市民广场。', 'qizhengdian'],
  ['这个区的房屋征收率先完成。', 'zhengshoulv'],
  ['这家企业的数字账户余额不多。', 'shuiwu-shuzi-zhanghu'],
  ['他参加了学校组织的继续教育课程。', 'jixu-jiaoyu-kouchu'],
]);

leftAloneBlock('dev122 entries: nothing is underlined over the everyday words', [
  ['这家超市退货很方便。', '退货'],
  ['他把旧发票整理好放进了抽屉。', '发票'],
]);
