// The entries and forms of the dev70 round, drawn from the livelihood and social pages of local papers: the basic
// pension and moving social insurance between places, deducting work costs when a welfare family's income is
// assessed, first-home rules and families short of housing, pre-made dishes, restaurants on delivery platforms,
// small eateries, model supermarkets for safe meat and vegetables, chilled and frozen foods, nursery classes, rebuilding unsafe houses, the special operations permit and the person answerable for fire
// safety; and the forms the pages print of older entries (商品房现房销售, 公积金缴存基数, 残疾人托养, 共享停车,
// 智能残疾人证, 困难残疾人家庭无障碍改造, 按比例安排残疾人就业, 校长陪餐, 独立式烟感, 安全生产吹哨人). Each is underlined in a sentence of its
// own (not the development set's), and the everyday words inside or beside them are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev70 entries: underlined as the term', [
  ['今年退休人员的基本养老金又涨了。', '基本养老金', 'jiben-yanglaojin'],
  ['他回老家后办理了社保转移接续。', '社保转移接续', 'shebao-zhuanyi-jiexu'],
  ['社会保险关系转移接续可以在手机上申请。', '社会保险关系转移接续', 'shebao-zhuanyi-jiexu'],
  ['核算收入时对低保对象实行就业成本扣减。', '就业成本扣减', 'jiuye-chengben-koujian'],
  ['银行按新规做首套房认定。', '首套房认定', 'shoutaofang-rending'],
  ['这批公租房面向住房困难家庭配租。', '住房困难家庭', 'zhufang-kunnan-jiating'],
  ['这家公司生产的预制菜销往全国。', '预制菜', 'yuzhicai'],
  ['平台对入网餐饮商家开展抽查。', '入网餐饮', 'ruwang-canyin'],
  ['街上的小餐饮店都做了登记。', '小餐饮', 'xiaocanyin'],
  ['消防员给老人家里装了独立式烟感报警器。', '独立式烟感报警器', 'duli-shi-ganyan-huozai-tance-baojingqi'],
  ['仓库里安装了独立式感烟火灾探测报警器。', '独立式感烟火灾探测报警器', 'duli-shi-ganyan-huozai-tance-baojingqi'],
  ['电工必须持特种作业操作证上岗。', '特种作业操作证', 'tezhong-zuoye-caozuozheng'],
  ['店主是这家商场的消防安全责任人。', '消防安全责任人', 'xiaofang-anquan-zerenren'],
  ['这家超市评上了放心肉菜示范超市。', '放心肉菜示范超市', 'fangxin-rouchai-chaoshi'],
  ['这家托育机构开了两个托班。', '托班', 'tuoban'],
  ['这几户的危房改造年底前完工。', '危房改造', 'weifang-gaizao'],
  ['冷库里存放的冷链食品要定期检查。', '冷链食品', 'lenglian-shipin'],
  // Forms the pages print of older entries.
  ['员工争当安全生产吹哨人。', '安全生产吹哨人', 'neibu-chuishaoren'],
  ['这个楼盘实行商品房现房销售。', '商品房现房销售', 'xianfang-xiaoshou'],
  ['今年的公积金缴存基数上限提高了。', '公积金缴存基数', 'jiaocun-jishu'],
  ['县里新建了一家残疾人托养中心。', '残疾人托养', 'canjiren-tuoyang-fuwu'],
  ['医院的停车场晚上推行共享停车。', '共享停车', 'cuoshi-gongxiang-tingche'],
  ['他用手机申领了智能残疾人证。', '智能残疾人证', 'disandai-canjirenzheng'],
  ['街道完成了困难残疾人家庭无障碍改造。', '困难残疾人家庭无障碍改造', 'zhongdu-canjiren-wuzhangai-gaizao'],
  ['企业要按比例安排残疾人就业。', '按比例安排残疾人就业', 'anbili-jiuye'],
  ['学校实行校长陪餐，每餐都有记录。', '校长陪餐', 'peican-zhidu'],
]);

leftAloneByIdBlock('dev70 entries: the everyday words inside or beside them are left alone', [
  ['他的基本工资不高，但养老金够用。', 'jiben-yanglaojin'],
  ['这批货物完成了转移，业务接续不断。', 'shebao-zhuanyi-jiexu'],
  ['公司降低了生产成本，扣减了部分开支。', 'jiuye-chengben-koujian'],
  ['他买的首套西装很合身。', 'shoutaofang-rending'],
  ['这户人家生活困难，住房也很旧。', 'zhufang-kunnan-jiating'],
  ['妈妈提前预制了一些肉丸，菜都洗好了。', 'yuzhicai'],
  ['他家的猫钻进了网里，餐饮店老板帮忙解开。', 'ruwang-canyin'],
  ['他从小餐馆起家，开了十家饭店。', 'xiaocanyin'],
  ['她是个独立的人，对烟味很敏感。', 'duli-shi-ganyan-huozai-tance-baojingqi'],
  ['这个特种兵的作业本上写满了操作要点。', 'tezhong-zuoye-caozuozheng'],
  ['他是个很有责任心的人，关心消防安全。', 'xiaofang-anquan-zerenren'],
  ['这家店销售商品房产中介的广告。', 'xianfang-xiaoshou'],
  ['他到银行缴存了一笔现金。', 'jiaocun-jishu'],
  ['他把孩子托养在外婆家。', 'canjiren-tuoyang-fuwu'],
  ['他和邻居共享一辆车，停车位轮流用。', 'cuoshi-gongxiang-tingche'],
  ['这款智能手表很受欢迎。', 'disandai-canjirenzheng'],
  ['这家人按比例分配了遗产。', 'anbili-jiuye'],
  ['校长陪着学生跑完了全程。', 'peican-zhidu'],
  ['超市里的肉菜很新鲜，大家买得放心。', 'fangxin-rouchai-chaoshi'],
  ['球场上的吹哨人是一位退休老教师。', 'neibu-chuishaoren'],
  // 托班 after 晚 / 午 ends a pupils' care class (晚托班, 午托班), and 托 before 班长 is a verb.
  ['小学生放学后去晚托班写作业。', 'tuoban'],
  ['他给孩子报了个午托班。', 'tuoban'],
  ['老师让我托班长把作业本带回教室。', 'tuoban'],
  ['这栋老楼是危房，改造后变了样。', 'weifang-gaizao'],
  ['冷链运输的车辆停在门口，食品都卸下来了。', 'lenglian-shipin'],
]);
