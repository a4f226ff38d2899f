// The entries of the dev103 round, drawn from the forestry, wildlife, parks and greening items of city papers: the
// forest resources target responsibility system and the chief forest chief's orders; pine wilt disease (the pine
// sawyer beetle, infected wood, quarantine areas and outbreak points, trunk injection); forest fire checkpoints,
// semi-professional fire teams, 打早、打小、打了 (read dǎ liǎo, and no longer the gang-crime 打早打小), the critical fire
// period and prescribed burning; land greening and voluntary tree planting, precious species, forest tending and
// forest villages; first-grade ancient trees, groves, rejuvenation and protection zones; the Qianjiangyuan–Baishanzu
// national park, core and general control zones, nature parks, national nature reserves and the consolidation of
// protected areas; the East Asian–Australasian Flyway, wildlife disease monitoring stations and wild boar control;
// small wetland sites, Ramsar wetlands, ordinary wetlands, ponds returned to wetland, wetland cities and total
// wetland area control; wild-simulated cultivation, forestry business entities, bamboo-wound pipe and woody oil
// crops; forest ecological benefit compensation, natural commercial forest, felling licences, approval to use forest
// land and forest land to be retained. Each is underlined in a sentence of its own (not the development set's),
// and the everyday words that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';
import { readings } from '../../lib/pinyin';

underlinedBlock('dev103 entries: underlined as the term', [
  ['县里把森林资源保护发展目标责任制考核结果向社会公开。', '森林资源保护发展目标责任制', 'senlin-ziyuan-mubiao-zerenzhi'],
  ['省总林长签发第2号总林长令。', '总林长令', 'zong-linzhang-ling'],
  ['诱捕器专门用来诱杀松褐天牛。', '松褐天牛', 'songhe-tianniu'],
  ['监测人员在林中发现了松墨天牛成虫。', '松墨天牛', 'songhe-tianniu'],
  ['山场上的疫木须在监管下就地粉碎。', '疫木', 'songcai-yimu'],
  ['这个县去年被列为松材线虫病疫区。', '松材线虫病疫区', 'songcai-yiqu'],
  ['全市松材线虫病疫点减少了4个。', '松材线虫病疫点', 'songcai-yidian'],
  ['景区对名松采取打孔注药保护。', '打孔注药', 'dakong-zhuyao'],
  ['进山路口设有森林防火检查站。', '森林防火检查站', 'senlin-fanghuo-jianchazhan'],
  ['护林防火检查站的工作人员收缴了打火机。', '护林防火检查站', 'senlin-fanghuo-jianchazhan'],
  ['镇里的半专业扑火队开展了夜间拉练。', '半专业扑火队', 'ban-zhuanye-puhuodui'],
  ['森林火灾扑救要做到“打早、打小、打了”。', '打早、打小、打了', 'dazao-daxiao-daliao'],
  ['清明前后是森林防火紧要期。', '森林防火紧要期', 'senlin-fanghuo-jinyaoqi'],
  ['林区在入冬前开展计划烧除。', '计划烧除', 'jihua-shaochu'],
  ['全省今年完成国土绿化任务。', '国土绿化', 'guotu-lvhua'],
  ['机关干部参加全民义务植树活动。', '全民义务植树', 'quanmin-yiwu-zhishu'],
  ['全县义务植树尽责率超过八成。', '义务植树尽责率', 'yiwu-zhishu-jinzelv'],
  ['道路两旁种上了珍贵树种。', '珍贵树种', 'zhengui-shuzhong'],
  ['今年完成中幼林抚育两万亩。', '中幼林抚育', 'senlin-fuyu'],
  ['这个村被评为省级森林村庄。', '省级森林村庄', 'senlin-cunzhuang'],
  ['这株银杏是一级古树。', '一级古树', 'yiji-gushu'],
  ['村后的古树群挂上了保护牌。', '古树群', 'gushu-qun'],
  ['专家为老樟树开展古树复壮。', '古树复壮', 'gushu-fuzhuang'],
  ['古树名木保护范围内禁止取土。', '古树名木保护范围', 'gushu-mingmu-baohu-fanwei'],
  ['钱江源-百山祖国家公园内发现了新物种。', '钱江源-百山祖国家公园', 'qianjiangyuan-baishanzu-guojia-gongyuan'],
  ['钱江源—百山祖国家公园的创建有了新进展。', '钱江源—百山祖国家公园', 'qianjiangyuan-baishanzu-guojia-gongyuan'],
  ['核心保护区内原则上禁止人为活动。', '核心保护区', 'hexin-baohuqu'],
  ['一般控制区内限制人为活动。', '一般控制区', 'yiban-kongzhiqu'],
  ['全省的自然公园接待游客超过千万人次。', '自然公园', 'ziran-gongyuan'],
  ['这里是国家级自然保护区。', '国家级自然保护区', 'guojiaji-ziran-baohuqu'],
  ['全省完成自然保护地整合优化。', '自然保护地整合优化', 'ziran-baohudi-zhenghe-youhua'],
  ['这片滩涂位于东亚—澳大利西亚候鸟迁飞通道上。', '东亚—澳大利西亚候鸟迁飞通道', 'dongya-aodaliya-qianfei-tongdao'],
  ['野生动物疫源疫病监测站每天巡查湿地。', '野生动物疫源疫病监测站', 'yesheng-dongwu-yiyuan-yibing-jiance'],
  ['县里组建狩猎队开展野猪种群调控。', '野猪种群调控', 'yezhu-zhongqun-tiaokong'],
  ['镇里新建两个湿地保护小区。', '湿地保护小区', 'shidi-baohu-xiaoqu'],
  ['西溪湿地是国际重要湿地。', '国际重要湿地', 'guoji-zhongyao-shidi'],
  ['县政府公布了一般湿地名录。', '一般湿地名录', 'yiban-shidi'],
  ['湖边的鱼塘完成了退养还湿。', '退养还湿', 'tuiyang-huanshi'],
  ['这座城市获评国际湿地城市。', '国际湿地城市', 'guoji-shidi-chengshi'],
  ['我国实行湿地面积总量管控。', '湿地面积总量管控', 'shidi-mianji-zongliang-guankong'],
  ['合作社在林下仿野生种植铁皮石斛。', '仿野生种植', 'fang-yesheng-zhongzhi'],
  ['全县培育新型林业经营主体300家。', '新型林业经营主体', 'xinxing-linye-jingying-zhuti'],
  ['农田灌溉用上了竹缠绕复合管。', '竹缠绕复合管', 'zhu-chanrao-fuheguan'],
  ['油茶是重要的木本油料树种。', '木本油料', 'muben-youliao'],
  ['省里提高了森林生态效益补偿标准。', '森林生态效益补偿', 'senlin-shengtai-xiaoyi-buchang'],
  ['天然商品林全面停止商业性采伐。', '天然商品林', 'tianran-shangpinlin'],
  ['砍树须先办理林木采伐许可证。', '林木采伐许可证', 'linmu-caifa-xukezheng'],
  ['项目已取得使用林地审核同意书。', '使用林地审核同意书', 'shiyong-lindi-shenhe'],
  ['规划确定了全市的林地保有量。', '林地保有量', 'lindi-baoyouliang'],
], {
  'reads 打早、打小、打了 as the fire-fighting rule, no longer as the gang-crime 打早打小; the gang rule keeps its card': (g) => {
    expect(g.ids('扑火队伍坚持“打早、打小、打了”，明火很快被扑灭。')).toContain('dazao-daxiao-daliao');
    expect(g.ids('扑火队伍坚持“打早、打小、打了”，明火很快被扑灭。')).not.toContain('dazao-daxiao');
    expect(g.ids('对黑恶势力坚持打早打小，露头就打。')).toContain('dazao-daxiao');
  },
  'reads the longer names over the older entries inside them, which keep their own sentences': (g) => {
    expect(g.ids('全省自然保护地整合优化方案获批。')).toEqual(['ziran-baohudi-zhenghe-youhua']);
    expect(g.ids('钱江源—百山祖国家公园开展巡护。')).toEqual(['qianjiangyuan-baishanzu-guojia-gongyuan']);
    expect(g.ids('全省自然保护地面积占陆域面积的一成以上。')).toEqual(['ziran-baohudi']);
    expect(g.ids('对松材线虫病疫区开展松林改造提升。')).toContain('songcai-yiqu');
    expect(g.ids('松材线虫病是松树的“癌症”。')).toEqual(['songcai-xianchongbing']);
  },
  'reads 林长 zhǎng, 打了 liǎo and 还湿 huán in these terms, and leaves a name and everyday words alone': () => {
    expect(readings('市总林长签发总林长令').join(' ')).toContain('lín zhǎng lìng');
    expect(readings('各级林长').join(' ')).toBe('gè jí lín zhǎng');
    expect(readings('打早、打小、打了').filter(Boolean).join(' ')).toBe('dǎ zǎo dǎ xiǎo dǎ liǎo');
    expect(readings('退养还湿').join(' ')).toBe('tuì yǎng huán shī');
    expect(readings('林长青').join(' ')).toBe('lín cháng qīng');
    expect(readings('他打了一场球').join(' ')).toContain('dǎ le');
    expect(readings('地面还湿着').join(' ')).toContain('hái shī');
  },
});

leftAloneByIdBlock('dev103 entries: the everyday words that share their characters are left alone', [
  ['他在会上做了总结发言。', 'zong-linzhang-ling'],
  ['孩子在公园里看到了一只天牛。', 'songhe-tianniu'],
  ['这批木头是从外地运来的。', 'songcai-yimu'],
  ['小区出现一例感染病例。', 'songcai-yidian'],
  ['爸爸在墙上打孔装了一个挂钩。', 'dakong-zhuyao'],
  ['机场安检站的工作人员很细心。', 'senlin-fanghuo-jianchazhan'],
  ['他是一名专业的登山队员。', 'ban-zhuanye-puhuodui'],
  ['他们打了一场友谊赛。', 'dazao-daxiao-daliao'],
  ['小区今年的绿化很好看。', 'guotu-lvhua'],
  ['周末我们去植物园看花。', 'quanmin-yiwu-zhishu'],
  ['这里的树种很多。', 'zhengui-shuzhong'],
  ['奶奶把孙子抚育成人。', 'senlin-fuyu'],
  ['这个村庄依山傍水。', 'senlin-cunzhuang'],
  ['他是一级运动员。', 'yiji-gushu'],
  ['村口有一棵古树。', 'gushu-qun'],
  ['核心技术要掌握在自己手里。', 'hexin-baohuqu'],
  ['一般来说，早睡对身体好。', 'yiban-kongzhiqu'],
  ['周末全家去城市公园散步。', 'ziran-gongyuan'],
  ['湿地里的芦苇长高了。', 'guoji-zhongyao-shidi'],
  ['一般湿度大的天气容易发霉。', 'yiban-shidi'],
  ['他打算退休后养花。', 'tuiyang-huanshi'],
  ['他喜欢野生动物纪录片。', 'yesheng-dongwu-yiyuan-yibing-jiance'],
  ['油料作物包括油菜和花生。', 'muben-youliao'],
  ['他拿到了驾驶许可证。', 'linmu-caifa-xukezheng'],
  ['这块林地种满了杉树。', 'lindi-baoyouliang'],
  ['下雨天路上还湿漉漉的。', 'tuiyang-huanshi'],
]);
