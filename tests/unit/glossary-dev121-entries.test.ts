// The entries of the dev121 round, drawn from the local government debt, state-owned enterprise, investment
// platform, fund, budget and PPP items of city papers: swapping hidden debt for bonds, the platform companies'
// government-financing role and the public-welfare assets they may not hold; general transfers, non-tax revenue,
// the counties' basic fiscal guarantee, funds transferred in and temporary advances; user-pays, viability-gap
// funding, the fiscal affordability and value-for-money assessments, BOT, TOT, the franchising measures and the
// private partner; the local reinvestment ratio of government funds; state capital operating companies, the
// authorised operation of state capital, supervising capital rather than firms, the executives' performance
// assessment, state property registration, accountability for improper investment, payroll-total control,
// excess-profit sharing, market-value management and specialised consolidation; see-through monitoring of bond
// money, debt restructuring, issuer ratings, the franchise plan, general partners and sub-funds; capital increases,
// diversified shareholding, relative control and full-time external directors. Each is underlined in a sentence
// of its own (not the development set's), and the everyday words that share their characters are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev121 entries: underlined as the term', [
  ['我省第一批债务置换资金已经拨付到各市县。', '债务置换', 'zhaiwu-zhihuan'],
  ['平台公司剥离政府融资职能后，要靠自己的经营收入还债。', '政府融资职能', 'zhengfu-rongzi-zhineng'],
  ['学校、医院等公益性资产不得注入平台公司。', '公益性资产', 'gongyixing-zichan'],
  ['今年中央对地方的一般性转移支付继续增加。', '一般性转移支付', 'yibanxing-zhuanyi-zhifu'],
  ['这个县的非税收入比上年减少了两成。', '非税收入', 'feishui-shouru'],
  ['省里完善了县级基本财力保障机制。', '县级基本财力保障机制', 'xianji-jiben-caili-baozhang'],
  ['今年的预算安排了调入资金12亿元。', '调入资金', 'diaoru-zijin'],
  ['区财政今年消化了一批财政暂付款。', '暂付款', 'zanfukuan'],
  ['这条收费公路属于使用者付费项目。', '使用者付费', 'shiyongzhe-fufei'],
  ['政府每年向项目公司支付可行性缺口补助。', '可行性缺口补助', 'kexingxing-quekou-buzhu'],
  ['财政承受能力论证通过后，项目才能进入采购程序。', '财政承受能力论证', 'caizheng-chengshou-nengli-lunzheng'],
  ['专家组完成了这个项目的物有所值评价。', '物有所值评价', 'wuyou-suozhi-pingjia'],
  ['这座污水处理厂是按BOT方式建成的。', 'BOT', 'bot'],
  ['区里把老停车场按TOT方式转让经营。', 'TOT', 'tot'],
  ['按照基础设施和公用事业特许经营管理办法，期满后设施移交政府。', '基础设施和公用事业特许经营管理办法', 'texu-jingying-guanli-banfa'],
  ['社会资本方与县交投集团共同出资组建项目公司。', '社会资本方', 'shehui-ziben-fang'],
  ['新设立的产业基金把返投比例降到了1倍。', '返投比例', 'fantou-bili'],
  ['省里组建了一家国有资本运营公司。', '国有资本运营公司', 'guoyou-ziben-yunying-gongsi'],
  ['市里深化国有资本授权经营体制改革。', '国有资本授权经营体制', 'guoyou-ziben-shouquan-jingying'],
  ['国资委以管资本为主转变监管职能。', '管资本为主', 'guan-ziben-weizhu'],
  ['今年的经营业绩考核增加了科技创新指标。', '经营业绩考核', 'jingying-yeji-kaohe'],
  ['新设立的子公司要及时办理国有资产产权登记。', '国有资产产权登记', 'chanquan-dengji'],
  ['市里出台了违规经营投资责任追究实施办法。', '违规经营投资责任追究', 'weigui-jingying-touzi-zhuijiu'],
  ['集团实行工资总额管理，效益降了工资也降。', '工资总额管理', 'gongzi-zonge-guanli'],
  ['这家科技型企业试行超额利润分享。', '超额利润分享', 'chaoe-lirun-fenxiang'],
  ['国有控股上市公司要把市值管理纳入考核。', '市值管理', 'shizhi-guanli'],
  ['两家集团的物流板块完成了专业化整合。', '专业化整合', 'zhuanyehua-zhenghe'],
  ['今年全市政府性基金收入下降了一成。', '政府性基金收入', 'zhengfuxing-jijin-yusuan'],
  ['财政部门对这笔债券资金开展穿透式监测。', '穿透式监测', 'chuantoushi-jiance'],
  ['银行和企业达成了债务重组协议。', '债务重组', 'zhaiwu-chongzu'],
  ['这家集团的主体信用评级上调到AA+。', '主体信用评级', 'zhuti-xinyong-pingji'],
  ['实施机构编制的特许经营方案已报县政府批准。', '特许经营方案', 'texu-jingying-fangan'],
  ['这支基金的普通合伙人是一家国有投资公司。', '普通合伙人', 'putong-hehuoren'],
  ['引导基金今年新设了5支子基金。', '子基金', 'zijijin'],
  ['这家国企通过增资扩股引入了两家民营企业。', '增资扩股', 'zengzi-kuogu'],
  ['集团下属企业全部实现了股权多元化。', '股权多元化', 'guquan-duoyuanhua'],
  ['改制后国有股东仍然保持相对控股。', '相对控股', 'xiangdui-konggu'],
  ['国资委向市属企业选派了专职外部董事。', '专职外部董事', 'zhuanzhi-waibu-dongshi'],
]);

leftAloneByIdBlock('dev121 entries: the everyday words that share their characters are left alone', [
  ['他是去年从外地调入本单位的。', 'diaoru-zijin'],
  ['他去不动产登记中心办理了房屋产权登记。', 'chanquan-dengji'],
  ['这家工厂新买了一台ROBOT焊接机。', 'bot'],
  ['屏幕上显示的TOTAL是总分。', 'tot'],
  ['省里下达的专项转移支付必须专款专用。', 'yibanxing-zhuanyi-zhifu'],
  ['这家奶茶店是特许经营的加盟店。', 'texu-jingying-guanli-banfa'],
  ['这家公司上市以后，股票市值涨了三成。', 'shizhi-guanli'],
  ['市慈善总会下设的子基金会资助了30名学生。', 'zijijin'],
  ['这辆车上的GP标志是一场赛车比赛的名字。', 'putong-hehuoren'],
]);

leftAloneBlock('dev121 entries: nothing is underlined over the everyday words', [
  ['今年前三季度税收入库进度快于去年。', '税收入库'],
  ['两所学校合并后，课程做了整合。', '整合'],
]);
