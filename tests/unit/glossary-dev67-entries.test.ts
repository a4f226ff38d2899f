// The entries of the dev67 round, drawn from the culture, tourism, sport and science pages of local papers:
// heritage (grade-one relics, listed intangible heritage items, rescue excavation, survey before building,
// registered heritage sites, large ancient sites, preventive conservation, relics of the revolution, museum
// grades, adaptive reuse), libraries and the arts (public cultural services, borrow-anywhere lending, local
// gazetteers and their halls, the Stars Award, digital public culture, arts for everyone, opera in schools),
// tourism (timed booking, maximum capacity, the electronic guide licence, the travel agency deposit, green and
// star-rated hotels), sport (the provincial games, greenways) and science (key R&D programmes, manufacturing,
// engineering and technology innovation centres, science awards, PCT applications, invention patents in force,
// technology transfer offices, emergency outreach, science volunteering, the scientific literacy action). Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside them
// are left alone (地方|志愿者, 节省|运动会, 红红绿绿|道具, 巨大|遗址).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev67 entries: underlined as the term', [
  ['这件玉琮是国家一级文物。', '国家一级文物', 'yiji-wenwu'],
  ['馆里有一级文物12件。', '一级文物', 'yiji-wenwu'],
  ['这门手艺是省级非遗代表性项目。', '非遗代表性项目', 'feiyi-daibiaoxing-xiangmu'],
  ['龙舟竞渡列入国家级非物质文化遗产代表性项目名录。', '国家级非物质文化遗产代表性项目', 'feiyi-daibiaoxing-xiangmu'],
  ['考古队对这座古墓进行了抢救性发掘。', '抢救性发掘', 'qiangjiuxing-fajue'],
  ['这块地出让前要先做考古勘探。', '考古勘探', 'kaogu-kantan'],
  ['村口的老祠堂是县级文物保护点。', '文物保护点', 'wenwu-baohudian'],
  ['这处遗址被列入国家大遗址名单。', '大遗址', 'dayizhi'],
  ['库房装了新空调，做好藏品的预防性保护。', '预防性保护', 'yufangxing-baohu'],
  ['这座旧址是省级革命文物。', '革命文物', 'geming-wenwu'],
  ['市博物馆是国家一级博物馆。', '国家一级博物馆', 'guojia-yiji-bowuguan'],
  ['县博物馆评上了国家三级博物馆。', '国家三级博物馆', 'guojia-yiji-bowuguan'],
  ['老粮仓通过活化利用变成了图书馆。', '活化利用', 'huohua-liyong'],
  ['镇里的公共文化服务越来越好。', '公共文化服务', 'gonggong-wenhua-fuwu'],
  ['全县图书馆实现了通借通还。', '通借通还', 'tongjie-tonghuan'],
  ['县里新一轮地方志编修工作启动。', '地方志', 'difangzhi'],
  ['他把老照片捐给了市方志馆。', '方志馆', 'fangzhiguan'],
  ['这支合唱团拿过群星奖。', '群星奖', 'qunxingjiang'],
  ['文化馆的公共数字文化资源可以在线看。', '公共数字文化', 'gonggong-shuzi-wenhua'],
  ['街道开办全民艺术普及公益课。', '全民艺术普及', 'quanmin-yishu-puji'],
  ['越剧团来学校搞戏曲进校园。', '戏曲进校园', 'xiqu-jin-xiaoyuan'],
  ['博物馆实行分时预约参观。', '分时预约', 'fenshi-yuyue'],
  ['景区游客接近最大承载量时暂停售票。', '最大承载量', 'zuida-chengzailiang'],
  ['导游要随身带好电子导游证。', '电子导游证', 'dianzi-daoyouzheng'],
  ['这家旅行社缴纳了旅游服务质量保证金。', '旅游服务质量保证金', 'lvyou-fuwu-zhiliang-baozhengjin'],
  ['旅行社质量保证金可以用保险代替。', '旅行社质量保证金', 'lvyou-fuwu-zhiliang-baozhengjin'],
  ['这家宾馆获评金叶级绿色旅游饭店。', '绿色旅游饭店', 'lvse-lvyou-fandian'],
  ['全县有星级饭店12家。', '星级饭店', 'xingji-fandian'],
  ['我市将承办下一届省运会。', '省运会', 'sheng-yundonghui'],
  ['第十七届省运动会在我市开幕。', '省运动会', 'sheng-yundonghui'],
  // 绿道 is underlined in policy prose or quotes (lib/glossary/everyday.ts): the greenways a city builds.
  ['今年全市新建绿道120公里。', '绿道', 'lvdao'],
  ['该项目列入国家重点研发计划。', '国家重点研发计划', 'zhongdian-yanfa-jihua'],
  ['这家企业牵头建设省制造业创新中心。', '制造业创新中心', 'zhizaoye-chuangxin-zhongxin'],
  ['学校获批一家省工程研究中心。', '工程研究中心', 'gongcheng-yanjiu-zhongxin'],
  ['他的团队获得省科学技术奖二等奖。', '科学技术奖', 'kexue-jishu-jiang'],
  ['这项成果获得省科技进步奖。', '科技进步奖', 'kexue-jishu-jiang'],
  ['公司今年提交PCT国际专利申请30件。', 'PCT国际专利申请', 'pct-zhuanli-shenqing'],
  ['该企业拥有有效发明专利120件。', '有效发明专利', 'youxiao-faming-zhuanli'],
  ['大学技术转移中心帮企业对接成果。', '技术转移中心', 'jishu-zhuanyi-jigou'],
  ['市里布局建设一批技术创新中心。', '技术创新中心', 'jishu-chuangxin-zhongxin'],
  ['消防站开放日开展应急科普。', '应急科普', 'yingji-kepu'],
  ['退休工程师参加科技志愿服务。', '科技志愿服务', 'keji-zhiyuan-fuwu'],
  ['县里制定全民科学素质行动实施方案。', '全民科学素质行动', 'quanmin-kexue-suzhi-xingdong'],
  // 科普基地, the short form the pages print of the older 科普教育基地.
  ['这座湿地公园是市级科普基地。', '科普基地', 'kepu-jiaoyu-jidi'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('县里新认定非遗代表性传承人12名。')).toContain('feiyi-daibiaoxing-chuanchengren');
  },
});

leftAloneByIdBlock('dev67 entries: the everyday words inside or beside them are left alone', [
  ['这个地方志愿者特别多，周末都来帮忙。', 'difangzhi'],
  ['学校为了节省运动会的开支，奖品都是自己做的。', 'sheng-yundonghui'],
  ['舞台上摆满了红红绿绿道具。', 'lvdao'],
  // A walk or a ride on a riverside path, not the greenway programme the card explains (one of issue 13's plain everyday words).
  ['沿江绿道成了市民散步的好去处。', 'lvdao'],
  ['周末我们一家人沿着绿道骑行。', 'lvdao'],
  ['考古队在山谷里发现了一处巨大遗址群。', 'dayizhi'],
  ['他家门口有一级台阶。', 'yiji-wenwu'],
  ['他叫方志强，是我的同学。', 'difangzhi'],
  ['他住过一家五星级酒店。', 'xingji-fandian'],
  ['他给孩子科普了军事基地的知识。', 'kepu-jiaoyu-jidi'],
]);
