// The entries of the dev106 round, drawn from the audit, statistics and supervision items of city papers: the
// pre-audit survey, the yearly audit plan, published audit results, networked audits, repeat findings and correcting
// during an audit, Party committee audit commissions, organisational measures, resident and political supervision,
// supervision among peers, the use of audit results; falsified statistics, the statistics law, counting by place of
// activity, survey rules and survey projects, statistical ledgers; the listing stage of a census, enumeration blocks,
// census takers, the labour force survey, crop cutting, the survey of small industrial firms and sample rotation;
// fiscal and accounting supervision, accounting quality inspections, bookkeeping agencies, the consolidated government
// financial report, internal control reports, competitive placement of public deposits; illegal borrowing, debt
// ceilings, general debt, repayment reserves and lawful debt; the four kinds of state assets, asset inventories, the
// owner's duties and the legislature's oversight of state assets. Each is underlined in a sentence of its own (not
// the development set's), and the everyday words that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev106 entries: underlined as the term', [
  ['审计组先开展了为期两周的审前调查。', '审前调查', 'shenqian-diaocha'],
  ['县审计局公布年度审计项目计划。', '审计项目计划', 'shenji-xiangmu-jihua'],
  ['省审计厅发布了一份审计结果公告。', '审计结果公告', 'shenji-jieguo-gonggao'],
  ['区审计局对社保数据开展联网审计。', '联网审计', 'lianwang-shenji'],
  ['报告列出了一批屡审屡犯的问题。', '屡审屡犯', 'lvshen-lvfan'],
  ['被审计单位坚持边审边改。', '边审边改', 'bianshen-biangai'],
  ['县委审计委员会召开会议。', '县委审计委员会', 'dangwei-shenji-weiyuanhui'],
  ['两名干部受到组织处理。', '组织处理', 'zuzhi-chuli'],
  ['纪检监察组加强派驻监督。', '派驻监督', 'paizhu-jiandu'],
  ['巡察把政治监督放在首位。', '政治监督', 'zhengzhi-jiandu'],
  ['区纪委加强同级监督。', '同级监督', 'tongjiji-jiandu'],
  ['组织部门重视审计结果运用。', '审计结果运用', 'shenji-jieguo-yunyong'],
  ['对统计造假行为零容忍。', '统计造假', 'tongji-zaojia'],
  ['企业负责人学习统计法。', '统计法', 'tongji-fa'],
  ['数据按照在地统计原则归属。', '在地统计原则', 'zaidi-tongji'],
  ['企业应执行统计调查制度。', '统计调查制度', 'tongji-diaocha-zhidu'],
  ['市统计局审批部门统计调查项目。', '部门统计调查项目', 'tongji-diaocha-xiangmu'],
  ['这家企业规范建立了统计台账。', '统计台账', 'tongji-taizhang'],
  ['全区单位清查工作已经完成。', '单位清查', 'danwei-qingcha'],
  ['普查员按普查小区逐户登记。', '普查小区', 'pucha-xiaoqu'],
  ['县里选聘普查“两员”一千多名。', '普查“两员”', 'pucha-liangyuan'],
  ['调查队按月开展劳动力调查。', '劳动力调查', 'laodongli-diaocha'],
  ['调查人员在田间实割实测。', '实割实测', 'shige-shice'],
  ['规模以下工业抽样调查样本已确定。', '规模以下工业抽样调查', 'guixia-gongye-chouyang-diaocha'],
  ['住户调查今年进行样本轮换。', '样本轮换', 'yangben-lunhuan'],
  ['全市加强财会监督。', '财会监督', 'caikuai-jiandu'],
  ['省财政厅开展会计信息质量检查。', '会计信息质量检查', 'kuaiji-xinxi-zhiliang-jiancha'],
  ['这家代理记账机构被注销。', '代理记账机构', 'daili-jizhang'],
  ['市里编制政府综合财务报告。', '政府综合财务报告', 'zhengfu-zonghe-caiwu-baogao'],
  ['学校报送了内部控制报告。', '内部控制报告', 'neibu-kongzhi-baogao'],
  ['区里推行公款竞争性存放。', '公款竞争性存放', 'gongkuan-jingzhengxing-cunfang'],
  ['省里通报了违规举债案例。', '违规举债', 'weigui-juzhai'],
  ['今年新增政府债务限额下达。', '政府债务限额', 'difang-zhengfu-zhaiwu-xiane'],
  ['一般债务由一般公共预算偿还。', '一般债务', 'yiban-zhaiwu'],
  ['县里足额计提偿债备付金。', '偿债备付金', 'changzhai-beifujin'],
  ['举债只能在法定债务范围内。', '法定债务', 'fading-zhaiwu'],
  ['报告介绍了行政事业性国有资产的情况。', '行政事业性国有资产', 'xingzheng-shiyexing-guoyou-zichan'],
  ['全省企业国有资产总额增长。', '企业国有资产', 'qiye-guoyou-zichan'],
  ['财政部门报告金融企业国有资产管理情况。', '金融企业国有资产', 'jinrong-qiye-guoyou-zichan'],
  ['报告首次介绍国有自然资源资产。', '国有自然资源资产', 'guoyou-ziran-ziyuan-zichan'],
  ['各单位开展资产清查。', '资产清查', 'zichan-qingcha'],
  ['国资委履行出资人职责。', '履行出资人职责', 'chuziren-zhize'],
  ['人大常委会加强人大国资监督。', '人大国资监督', 'renda-guozi-jiandu'],
  ['市里完善国资监管体制。', '国资监管', 'guozi-jianguan'],
  ['财政部通报了几起虚假化债问题。', '虚假化债', 'xujia-huazhai'],
], {
  'keeps the older entries beside the new ones, and the national standing committee whole': (g) => {
    expect(g.ids('县审计局督促落实审计整改。')).toContain('shenji-zhenggai');
    expect(g.ids('市统计局接受统计督察。')).toContain('tongji-ducha');
    expect(g.ids('坚决遏制新增隐性债务。')).toContain('huazhai');
    expect(g.ids('他被任命为全国人大常委会副秘书长。')).toContain('renda');
    expect(g.ids('市人大常委会召开会议。')).toContain('renda');
  },
});

leftAloneByIdBlock('dev106 entries: the everyday words that share their characters are left alone', [
  ['水果店老板明天再去进点货。', 'shenqian-diaocha'],
  ['她在一家公司当会计。', 'kuaiji-xinxi-zhiliang-jiancha'],
  ['他每天记账，一笔不落。', 'daili-jizhang'],
  ['学校运动会组委会召开筹备会议。', 'dangwei-shenji-weiyuanhui'],
  ['这件事由他们自己组织处理好了。', 'zuzhi-chuli'],
  ['邻居之间的一般债务纠纷可以先行调解。', 'yiban-zhaiwu'],
  ['她把家里的旧物清查了一遍。', 'zichan-qingcha'],
  ['这次普查小组走访了三个村。', 'pucha-xiaoqu'],
  ['老王屡屡犯错，屡教不改。', 'lvshen-lvfan'],
  ['他们边走边改了路线。', 'bianshen-biangai'],
  ['村里的劳动力大多外出打工。', 'laodongli-diaocha'],
  ['新娘在台上如愿以偿地接过花束。', 'changzhai-beifujin'],
  ['市国资委召开年度工作会议。', 'guozi-jianguan'],
  ['县里稳妥推进化债工作。', 'xujia-huazhai'],
]);
