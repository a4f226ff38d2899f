// The entries of the dev79 round, drawn from the industry, science and technology items of city papers:
// manufacturing (service-oriented manufacturing, machine tools, industrial innovation centres, industrial software,
// import substitution, first-batch new materials, generic and disruptive technologies), future industries
// (synthetic biology, wide-bandgap semiconductors, frontier materials, aerospace information, hydrogen fuel cells,
// quantum information, cell and gene therapy, general AI), laboratories and platforms (large science facilities,
// two Zhejiang provincial laboratories, innovation around universities, innovation and industry chains joined),
// research support and people (R&D subsidies after the fact, engineering master's and doctoral students, field
// engineers, class A foreign talent, in-house title grading), patents and standards (local standards,
// standard-essential patents, IP demonstration firms, standards-innovative firms, IP management certification,
// well-known trademarks, fast patent pre-examination, overseas IP dispute guidance) and technology finance
// (technology sub-branches, loan-loss pools, investing early and small, angel investment, knowledge-value loans,
// S funds). Each is underlined in a sentence of its own (not the development set's), and the everyday words
// inside or beside them are left alone (事后|补助, 小天使); 地方标准 and 合成生物 are everyday readings outside policy
// prose (这个地方标准间, 化学合成生物碱: lib/glossary/everyday.ts).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev79 entries: underlined as the term', [
  ['这家电梯企业发展服务型制造，提供维保服务。', '服务型制造', 'fuwuxing-zhizao'],
  ['数控机床被称为工业母机。', '工业母机', 'gongye-muji'],
  ['这家企业牵头建设国家产业创新中心。', '国家产业创新中心', 'chanye-chuangxin-zhongxin'],
  ['园区引进了三家合成生物企业。', '合成生物', 'hecheng-shengwu'],
  ['碳化硅是第三代半导体材料。', '第三代半导体', 'disandai-bandaoti'],
  ['项目主要生产宽禁带半导体器件。', '宽禁带半导体', 'disandai-bandaoti'],
  ['石墨烯属于前沿新材料。', '前沿新材料', 'qianyan-xincailiao'],
  ['市里培育空天信息产业。', '空天信息', 'kongtian-xinxi'],
  ['这条线路换上了氢燃料电池公交车。', '氢燃料电池', 'qingranliao-dianchi'],
  ['高校成立量子信息研究院。', '量子信息', 'liangzi-xinxi'],
  ['医院开展细胞与基因治疗临床研究。', '细胞与基因治疗', 'xibao-jiyin-zhiliao'],
  ['企业自主研发工业软件。', '工业软件', 'gongye-ruanjian'],
  ['这款芯片实现了进口替代。', '进口替代', 'jinkou-tidai'],
  ['新产品列入首批次新材料目录。', '首批次新材料', 'shoupici-xincailiao'],
  ['平台为中小企业提供关键共性技术服务。', '关键共性技术', 'gongxing-jishu'],
  ['省里设立颠覆性技术创新项目。', '颠覆性技术', 'dianfuxing-jishu'],
  ['研究团队瞄准通用人工智能。', '通用人工智能', 'tongyong-rengong-zhineng'],
  ['这台大科学装置明年投用。', '大科学装置', 'da-kexue-zhuangzhi'],
  ['市里谋划建设重大科技基础设施。', '重大科技基础设施', 'da-kexue-zhuangzhi'],
  ['瓯江实验室发布新成果。', '瓯江实验室', 'oujiang-shiyanshi'],
  ['甬江实验室引进科研团队。', '甬江实验室', 'yongjiang-shiyanshi'],
  ['城西建设环大学创新生态圈。', '环大学创新生态圈', 'huandaxue-chuangxin-shengtaiquan'],
  ['县里实施双链融合工程。', '双链融合', 'shuanglian-ronghe'],
  ['企业申领研发后补助。', '研发后补助', 'yanfa-houbuzhu'],
  ['企业和高校联合培养工程硕博士。', '工程硕博士', 'gongcheng-shuoboshi'],
  ['学院开设现场工程师班。', '现场工程师', 'xianchang-gongchengshi'],
  ['他持有外国高端人才工作许可。', '外国高端人才', 'waiguo-gaoduan-rencai'],
  ['这家医院获得职称自主评聘资格。', '职称自主评聘', 'zhicheng-zizhu-pingpin'],
  ['市场监管局发布一项地方标准。', '地方标准', 'difang-biaozhun'],
  ['公司持有多项标准必要专利。', '标准必要专利', 'biaozhun-biyao-zhuanli'],
  ['公司入选国家知识产权示范企业。', '国家知识产权示范企业', 'zhishichanquan-shifan-qiye'],
  ['公司评上了标准创新型企业。', '标准创新型企业', 'biaozhun-chuangxinxing-qiye'],
  ['企业开展知识产权贯标。', '知识产权贯标', 'zhishichanquan-guanbiao'],
  ['这个品牌被认定为驰名商标。', '驰名商标', 'chiming-shangbiao'],
  ['保护中心提供专利快速预审服务。', '专利快速预审', 'zhuanli-kuaisu-yushen'],
  ['企业可向海外知识产权纠纷应对指导中心求助。', '海外知识产权纠纷应对指导', 'haiwai-zhishichanquan-jiufen'],
  ['这家银行的科技支行开业。', '科技支行', 'keji-zhihang'],
  ['市财政注资科技信贷风险池。', '风险池', 'xindai-fengxianchi'],
  ['引导基金要投早投小。', '投早投小', 'touzao-touxiao'],
  ['他做了十年天使投资。', '天使投资', 'tianshi-touzi'],
  ['企业获得知识价值信用贷款。', '知识价值信用贷款', 'zhishi-jiazhi-xinyong-daikuan'],
  ['国资平台发起设立S基金。', 'S基金', 's-jijin'],
  // 创新飞地, a synonym the pages print of the older 人才飞地 (科创飞地).
  ['县里在上海设立创新飞地。', '创新飞地', 'rencai-feidi'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('县里在杭州设立科创飞地。')).toContain('rencai-feidi');
  },
});

leftAloneByIdBlock('dev79 entries: the everyday words inside or beside them are left alone', [
  ['这个地方标准间只要两百元一晚。', 'difang-biaozhun'],
  ['实验室化学合成生物碱的成本很高。', 'hecheng-shengwu'],
  ['学校事后补助了他五百元。', 'yanfa-houbuzhu'],
  ['她是家里的小天使，很懂事。', 'tianshi-touzi'],
  ['姐姐普通话说得很标准。', 'difang-biaozhun'],
  ['这部手机运行内存只有6G。', 's-jijin'],
]);
