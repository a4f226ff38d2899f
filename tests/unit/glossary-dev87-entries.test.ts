// The entries of the dev87 round, drawn from the natural resources, land and planning items of city and county
// papers: spatial plans and their permits (the master plan, the two assessments, land held in reserve, the planning
// permits for building land, building projects and village building, the completion check, the merged land
// pre-approval and site opinion), land supply (the supply plan, the annual land-use plan, land put in as capital,
// benchmark prices), idle and under-used land (under-used urban land, the idle land fee), repair and mines
// (ecological restoration, quarry faces, mining rights revenue, the restoration fund, land reclamation, relocation
// away from hazards), registration (the title certificate, first registration, escrow of second-hand sales, joint
// transfer of utility accounts, forest rights certificates), cropland (the quota to keep, topsoil stripping, sloping
// cropland, quality grades, re-designating permanent farmland, satellite monitoring) and villages (the approval to
// build, central villages, a home for every household, the self-built house campaign); and five forms of older
// entries (控规, 永农, 工业用地保护线, 有偿退出宅基地, 拆旧复垦). Each is underlined in a sentence of its own (not the
// development set's), and the everyday words inside or beside them are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev87 entries: underlined as the term', [
  ['《海宁市国土空间总体规划》正式获批。', '国土空间总体规划', 'guotu-kongjian-zongti-guihua'],
  ['规划编制前须先开展双评价。', '双评价', 'shuang-pingjia'],
  ['新城东侧保留一块战略留白用地。', '战略留白', 'zhanlue-liubai'],
  ['企业当天领到了建设用地规划许可证。', '建设用地规划许可证', 'jianshe-yongdi-guihua-xukezheng'],
  ['项目取得建设工程规划许可证后开工。', '建设工程规划许可证', 'jianshe-gongcheng-guihua-xukezheng'],
  ['农户拿到了乡村建设规划许可证。', '乡村建设规划许可证', 'xiangcun-jianshe-guihua-xukezheng'],
  ['厂房竣工后通过了规划核实。', '规划核实', 'guihua-heshi'],
  ['项目已取得用地预审与选址意见书。', '用地预审与选址意见书', 'yongdi-yushen-yu-xuanzhi-yijianshu'],
  ['市里公布了今年的土地供应计划。', '土地供应计划', 'guoyou-jianshe-yongdi-gongying-jihua'],
  ['省里下达了年度土地利用计划指标。', '年度土地利用计划', 'tudi-liyong-niandu-jihua'],
  ['该公司以土地作价出资入股。', '土地作价出资', 'tudi-zuojia-chuzi'],
  ['全市基准地价更新成果公布。', '基准地价', 'jizhun-dijia'],
  ['区里排出城镇低效用地清单。', '城镇低效用地', 'chengzhen-dixiao-yongdi'],
  ['对未动工地块征收土地闲置费。', '土地闲置费', 'tudi-xianzhifei'],
  ['全县实施国土空间生态修复项目9个。', '国土空间生态修复', 'guotu-kongjian-shengtai-xiufu'],
  ['山脚下的废弃宕口已经复绿。', '宕口', 'dangkou'],
  ['企业依法缴纳矿业权出让收益。', '矿业权出让收益', 'kuangyequan-churang-shouyi'],
  ['矿山企业按月计提矿山地质环境治理恢复基金。', '矿山地质环境治理恢复基金', 'kuangshan-dizhi-huanjing-zhili-huifu-jijin'],
  ['采煤塌陷区的土地复垦已经完成。', '土地复垦', 'tudi-fuken'],
  ['今年完成地质灾害避让搬迁30户。', '避让搬迁', 'birang-banqian'],
  ['业主当场领到不动产权证书。', '不动产权证书', 'budongchan-quanzhengshu'],
  ['新建厂房已办理首次登记。', '首次登记', 'shouci-dengji'],
  ['二手房交易资金监管让买卖更放心。', '二手房交易资金监管', 'cunliangfang-jiaoyi-zijin-jianguan'],
  ['过户时可一并办理水电气网联动过户。', '水电气网联动过户', 'shuidianqiwang-liandong-guohu'],
  ['全县开展自建房安全专项整治。', '自建房安全专项整治', 'zijianfang-anquan-zhuanxiang-zhengzhi'],
  ['他家的林权证可以拿去抵押。', '林权证', 'linquanzheng'],
  ['全市耕地保有量不低于200万亩。', '耕地保有量', 'gengdi-baoyouliang'],
  ['高速公路项目实施耕作层剥离。', '耕作层剥离', 'gengzuoceng-boli'],
  ['县里对坡耕地进行梯田改造。', '坡耕地', 'pogengdi'],
  ['项目区耕地质量等别提高一等。', '耕地质量等别', 'gengdi-zhiliang-dengbie'],
  ['占用后须补划永久基本农田。', '补划', 'buhua'],
  ['省里按季度开展耕地卫片监督。', '卫片监督', 'weipian-jiandu'],
  ['镇里推行农房审批“一件事”。', '农房审批', 'jianfang-shenpi'],
  ['全县培育中心村120个。', '中心村', 'zhongxincun'],
  ['通过集中安置保障村民户有所居。', '户有所居', 'huyousuoju'],
  ['规划部门调整了这一地块的控规。', '控规', 'kongzhixing-xiangxi-guihua'],
  ['永农范围内不得种植苗木。', '永农', 'yongjiu-jiben-nongtian'],
  ['区里划定了工业用地保护线。', '工业用地保护线', 'gongye-yongdi-kongzhixian'],
  ['进城农户可以有偿退出宅基地。', '有偿退出宅基地', 'zhaijidi-youchang-tuichu'],
  ['通过拆旧复垦腾出建设用地指标。', '拆旧复垦', 'jianshe-yongdi-fuken'],
]);

leftAloneByIdBlock('dev87 entries: the everyday words inside or beside them are left alone', [
  ['这幅画上方大片留白。', 'zhanlue-liubai'],
  ['公司今年的发展战略很清晰。', 'zhanlue-liubai'],
  ['他对这部电影的评价很高。', 'shuang-pingjia'],
  ['她去银行办理了首次开户。', 'shouci-dengji'],
  ['游客凭身份证办理入住登记。', 'shouci-dengji'],
  ['旧沙发作价三百元卖给邻居。', 'tudi-zuojia-chuzi'],
  ['这块地的价格比去年高。', 'jizhun-dijia'],
  ['他把车停在了村中心的广场上。', 'zhongxincun'],
  ['考试结束后，老师开始补划重点。', 'buhua'],
  ['他每月按时交物业费和水电费。', 'shuidianqiwang-liandong-guohu'],
  ['这本证书是他十年前拿到的。', 'budongchan-quanzhengshu'],
  ['公园的草坪开春后慢慢复绿。', 'tudi-fuken'],
  ['车辆要主动避让行人。', 'birang-banqian'],
  ['他家去年搬迁到了城里。', 'birang-banqian'],
  ['永康的农民种了很多桃树。', 'yongjiu-jiben-nongtian'],
  ['小区门口新开了一家卫生院。', 'weipian-jiandu'],
  ['这个商场的资金监管很严格。', 'cunliangfang-jiaoyi-zijin-jianguan'],
  ['孩子们在山坡上放风筝。', 'pogengdi'],
  ['她是市里的规划专家。', 'guotu-kongjian-zongti-guihua'],
]);
