// The entries and forms of the dev52 round (the CPPCC's and villagers' 民主监督, equal basic public
// services, mass ground-breaking of major projects, Zhejiang's provincial major industrial projects and
// international industrial cooperation parks, the ranking of national development zones, clean-government
// city building, the 担当作为好干部 award; 国企改革深化提升, 开发区（园区）整合提升, 实到外资 and 城乡居民收入比
// as forms of older entries): each is underlined in a sentence of its own (not the development set's); older
// longer forms keep their own mark, and a ratio form whose 比 compares (城乡居民收入比上年) is left alone.
import { expect } from 'vitest';
import { leftAloneBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev52 entries: underlined as the term', [
  ['县政协围绕河道治理开展民主监督。', '民主监督'],
  ['村务监督委员会保障村民的民主监督权利。', '民主监督'],
  ['去年全县城乡居民收入比降至1.58。', '城乡居民收入比'],
  ['全省城乡收入比连续多年缩小。', '城乡收入比'],
  ['县里推进基本公共服务均等化，补齐山区学校短板。', '基本公共服务均等化'],
  ['开发区举行重大项目集中开工仪式。', '重大项目集中开工'],
  ['今天上午，二季度项目集中开工活动在高新区举行。', '项目集中开工'],
  ['这个新材料项目入选了省重大产业项目。', '省重大产业项目'],
  ['中德国际产业合作园又引进了两家德国企业。', '国际产业合作园'],
  ['商务部公布了国家级经开区综合发展水平考核评价结果。', '国家级经开区综合发展水平考核评价'],
  ['区纪委推进清廉城市建设，打造一批清廉单元。', '清廉城市建设'],
  ['他被评为全省担当作为好干部。', '担当作为好干部'],
  ['市属国企扎实推进国企改革深化提升，完成重组两家。', '国企改革深化提升'],
  ['全省部署开发区（园区）整合提升工作。', '开发区（园区）整合提升'],
  ['上半年全区实到外资1.2亿美元。', '实到外资'],
], {
  'reads the ratio forms as the older entry 城乡居民收入倍差': (g) => {
    const m = g.matcher.match('全市城乡居民收入比缩小到1.66。');
    expect(m.map((x) => x.id)).toContain('chengxiang-shouru-beicha');
  },
  'leaves older longer forms their own mark': (g) => {
    expect(g.matched('县里推进国企改革深化提升行动。').some((m) => m.startsWith('国企改革深化提升行动'))).toBe(true);
    expect(g.matched('政协组织开展专项民主监督。').some((m) => m.startsWith('专项民主监督'))).toBe(true);
    expect(g.matched('上半年实际使用外资增长三成。').some((m) => m.startsWith('实际使用外资'))).toBe(true);
    expect(g.matched('各级领导干部要担当作为。').some((m) => m === '担当作为')).toBe(true);
  },
});

leftAloneBlock('dev52: a ratio form whose 比 compares is left alone', [
  ['全年城乡居民收入比上年分别增长5.1%和6.3%。', '城乡居民收入比'],
  ['城乡居民收入比去年同期增长百分之六。', '城乡居民收入比'],
  ['今年普职比上年略有提高。', '普职比'],
], {
  'still underlines the ratio where 比 is the noun': (g) => {
    expect(g.matched('全县城乡居民收入比缩小到1.6。')).toContain('城乡居民收入比');
    expect(g.matched('全市普职比大体相当。')).toContain('普职比');
  },
});
