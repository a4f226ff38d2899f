// Place names and surnames common in Zhejiang news (lib/pinyin/names.ts): hand-written
// expectations, each reading from the official romanisation / Xiandai Hanyu Cidian as listed there.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';
import { PLACE_NAMES } from '../../lib/pinyin/names';

describe('place names', () => {
  it.each(PLACE_NAMES.map((p) => [p.word, p] as const))('%s', (_w, p) => {
    expect(readingOf(p.example, p.word)).toBe(p.pinyin);
  });

  it('reads 莲都 Liándū and 台州/天台 Tāi in running text', () => {
    expect(readingOf('丽水市莲都区古堰画乡', '莲都')).toBe('lián dū');
    expect(readingOf('记者走进天台县街头镇', '天台')).toBe('tiān tāi');
    expect(readingOf('不少居民在楼顶天台上晾晒被子', '天台')).toBe('tiān tái');
  });
});

describe('surnames', () => {
  const cases: [string, string, string][] = [
    ['单先生说，家里的老房子终于修好了', '单', 'shàn'],
    ['曾女士告诉记者，她每天都来公园锻炼', '曾', 'zēng'],
    ['解某因涉嫌盗窃被依法刑事拘留', '解', 'xiè'],
    ['区先生一家三代都在这里经营茶馆', '区', 'ōu'],
    ['仇某驾驶机动车时使用手机被查处', '仇', 'qiú'],
    ['查先生把收藏多年的老照片捐给了档案馆', '查', 'zhā'],
    ['朴女士在杭州开了一家韩国料理店', '朴', 'piáo'],
    ['记者 单晓明 通讯员 王平', '单', 'shàn'],
    ['通讯员曾平', '曾', 'zēng'],
    ['记者 应晓明 通讯员 王平', '应', 'yīng'],
    ['市民应女士说，新开的菜场很方便', '应', 'yīng'],
    ['任先生把自家小院改成了民宿', '任', 'rén'],
    ['记者 任晓明', '任', 'rén'],
    ['缪女士是社区的老志愿者', '缪', 'miào'],
    ['曲师傅在菜场门口修了三十年鞋', '曲', 'qū'],
    // The same characters as words, or before a title they govern.
    ['我们应王先生之邀前来参观', '应', 'yìng'],
    ['记者应邀参加了开幕式', '应', 'yìng'],
    ['他曾任主任多年', '任', 'rèn'],
    ['完成编辑任务后再下班', '任', 'rèn'],
    ['这首歌曲大哥最爱唱', '曲', 'qǔ'],
  ];
  it.each(cases)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  const words: [string, string, string][] = [
    ['这份清单先生成一下', '清单', 'qīng dān'],
    ['他不曾放弃', '不曾', 'bù céng'],
    ['记者了解某些情况后', '了解', 'liǎo jiě'],
    ['社区某些楼道堆放杂物', '社区', 'shè qū'],
    ['民警检查某车辆时发现', '检查', 'jiǎn chá'],
    ['这件作品风格简朴', '简朴', 'jiǎn pǔ'],
  ];
  it.each(words)('not a surname in %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});

describe('surnames inside full names (lib/pinyin/person-names.ts)', () => {
  const names: [string, string, string][] = [
    ['派出所民警曾志刚在巡逻中发现一名走失老人', '曾', 'zēng'],
    ['村党支部书记单建平介绍了村里的发展规划', '单', 'shàn'],
    ['主审法官解红梅当庭作出判决', '解', 'xiè'],
    ['退休教师区美玲开设了免费书法班', '区', 'ōu'],
    ['律师仇国庆为村民讲解土地承包法', '仇', 'qiú'],
    ['作家查建英的新书在杭州首发', '查', 'zhā'],
    ['韩国客商朴成浩在杭州设立办事处', '朴', 'piáo'],
    ['主治医师盖文静介绍了术后护理要点', '盖', 'gě'],
    ['明代画家仇英的作品首次来杭展出', '仇', 'qiú'],
    ['同事们都叫他老曾，说他干活最踏实', '曾', 'zēng'],
    // Roles of village, association and bank news (a reader's check of unseen names found 村支书曾… read céng).
    ['村支书曾光明介绍，今年村集体经济收入突破百万元', '曾', 'zēng'],
    ['网格员解晓燕每天都要走访辖区住户', '解', 'xiè'],
    ['行长单志强表示，将继续加大对小微企业的信贷支持', '单', 'shàn'],
    ['合作社社长查国平介绍了今年的收成', '查', 'zhā'],
  ];
  it.each(names)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  const notNames: [string, string, string][] = [
    ['主审法官曾多次赴现场勘查', '曾', 'céng'],
    ['村民曾因盗窃被判刑', '曾', 'céng'],
    ['民警解救了被困群众', '解', 'jiě'],
    ['民警查获一批假酒', '查', 'chá'],
    ['居民区志愿者上门服务', '区', 'qū'],
    ['村民盖起了新房', '盖', 'gài'],
    ['革命老区，处处是红色印记', '区', 'qū'],
    ['村支书曾多次带头捐款', '曾', 'céng'],
    ['网格员解答了居民的疑问', '解', 'jiě'],
    ['店长查看了监控录像', '查', 'chá'],
  ];
  it.each(notNames)('not a name in %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});

describe('长 beginning a place name before its unit', () => {
  it.each([
    ['海宁市长安镇的皮革城客流回升', '长安', 'cháng ān'],
    ['滨江区长河街道的老街修缮完工', '长河', 'cháng hé'],
    ['宁海县长街镇的蛏子养殖户迎来丰收', '长街', 'cháng jiē'],
  ] as const)('%s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
  it.each([
    ['县长王镇江主持召开常务会议', '县长', 'xiàn zhǎng'],
    ['副县长下乡走访农户', '县长', 'xiàn zhǎng'],
    ['山西省长子县的客商来浙考察', '长子', 'zhǎng zǐ'],
  ] as const)('not in %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});

describe('the chiefs of the 长制 systems (lib/pinyin/names.ts JARGON_CORRECTIONS)', () => {
  it.each([
    ['全面落实河长制，各级河长累计巡河1.2万次', '河长', 'hé zhǎng'],
    ['村里的河长负责巡河', '河长', 'hé zhǎng'],
    ['民间河长参与巡查', '河长', 'hé zhǎng'],
    ['总河长签发1号总河长令', '河长令', 'hé zhǎng lìng'],
    ['我市全面推行湖长制', '湖长', 'hú zhǎng'],
    ['全县推行田长制，落实耕地保护责任', '田长', 'tián zhǎng'],
    ['小区楼长定期上门走访独居老人', '楼长', 'lóu zhǎng'],
  ])('%s: %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['这条河长约三公里', '河长', 'hé cháng'],
    ['这条路长两公里，宽十米', '路长', 'lù cháng'],
    ['这条街长约五百米', '街长', 'jiē cháng'],
    ['这栋楼长约六十米', '楼长', 'lóu cháng'],
  ])('a river, road or building that is long keeps cháng: %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});

describe('glossary terms read on the page as their cards read them (found by reading every entry in a sentence)', () => {
  it.each([
    ['全市图书馆实现通借通还服务全覆盖', '通借通还', 'tōng jiè tōng huán'],
    ['通借通还的图书达到10万册', '通借通还', 'tōng jiè tōng huán'],
    ['今年出梅后又遇倒黄梅，雨水不断', '倒黄梅', 'dào huáng méi'],
    ['全县推行长租房政策', '长租房', 'cháng zū fáng'],
    ['国家集采中选药品价格平均降幅超过50%', '中选', 'zhòng xuǎn'],
    ['他在比赛中选出了三名队员', '中选', 'zhōng xuǎn'],
    ['城市公共供水管网漏损率控制在9%以内', '漏损率', 'lòu sǔn lǜ'],
    ['县长率队检查防汛工作', '率', 'shuài'],
    ['其余溢价率在5%以内', '溢价率', 'yì jià lǜ'],
    ['全市生活垃圾无害化处理率继续保持100%', '处理率', 'chǔ lǐ lǜ'],
    ['我市财政自给率较上年有所下降', '自给率', 'zì jǐ lǜ'],
    ['中心城区公共交通机动化出行分担率力争达到55%以上', '分担率', 'fēn dān lǜ'],
    ['全市GDP增长率为5.5%', '增长率', 'zēng zhǎng lǜ'],
    ['县长率100余名干部下沉一线', '率', 'shuài'],
    ['去年全市行政机关在行政诉讼案件中的败诉率下降', '行政诉讼', 'xíng zhèng sù sòng'],
    ['推行人民调解“以案定补”', '调解', 'tiáo jiě'],
    ['会议强调解决群众急难愁盼问题', '强调', 'qiáng diào'],
    ['全县9所普高全部达到省二级特色示范高中标准', '高中', 'gāo zhōng'],
    ['个体工商户年应纳税所得额不超过200万元', '应纳税', 'yīng nà shuì'],
    ['成长期企业需要扶持', '成长期', 'chéng zhǎng qī'],
    ['形成长效机制', '长效', 'cháng xiào'],
  ])('%s: %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
