// The shape of lib/glossary/detect-rules-codes.ts: a digit code printed bare before the programme it
// names (开展1131服务). Sentences follow tests/fixtures/glossary-dev30 (2025–26 Zhejiang county and city
// papers); that the rule stays rare in ordinary prose is checked on 1,000 encyclopedia sentences in
// glossary-heldout.test.ts.
import { describe, expect, it } from 'vitest';
import { detectJargon } from '../../lib/glossary/detect';
import { codeMatches } from '../../lib/glossary/detect-rules-codes';

const terms = (text: string): string[] => detectJargon(text, [], () => false).map((d) => d.term);

describe('digit codes before a programme noun (lib/glossary/detect-rules-codes.ts)', () => {
  it('marks a run of three or four small digits and the programme noun after it', () => {
    expect(codeMatches('对离校未就业高校毕业生开展1131服务，确保每人至少获得3个岗位推荐。').map((d) => d.term)).toEqual(['1131服务']);
    expect(terms('县里深入推进4321工程，聚焦产业、人才、平台。')).toEqual(['4321工程']);
    expect(terms('全市推行1344工作法，矛盾纠纷就地化解。')).toEqual(['1344工作法']);
  });

  it('leaves counts, years, numbers with zeros and longer numbers alone', () => {
    // A count before a noun the programme noun starts (服务对象), a year, a number with a zero, a phone number.
    expect(terms('今年共接待325服务对象，满意率达到98%。')).toEqual([]);
    expect(terms('单位要在年底前完成2025行动计划。')).toEqual([]);
    expect(terms('全县新增1200服务岗位。')).toEqual([]);
    expect(terms('咨询电话0571-88801131服务时间为工作日。')).toEqual([]);
    // Five digits are a service number, another rule's (12345服务热线): not a code of this one.
    expect(codeMatches('有问题可拨打12345服务热线。')).toEqual([]);
    // An ordinal and a decimal.
    expect(terms('这是第125计划中的一项。')).toEqual([]);
    expect(terms('系数为2.125计划按此调整。')).toEqual([]);
  });
});

describe('coded programmes with what they are about (lib/glossary/detect-rules-codes.ts)', () => {
  it('marks a digit code, two characters of what it is about and the programme noun', () => {
    expect(codeMatches('镇里推行135工作机制，一天受理、三天办结、五天回访。').map((d) => d.term)).toEqual(['135工作机制']);
    expect(terms('县里实施3311人才工程，三年引进高层次人才300名。')).toEqual(['3311人才工程']);
  });

  it('marks an unquoted N+N system with the name of what it is, up to the last programme noun', () => {
    expect(terms('县里构建1+3+N产业政策体系，对制造业项目按投资额分档补助。')).toEqual(['1+3+N产业政策体系']);
    expect(codeMatches('市里迭代升级8+4经济政策体系，今年新增专项资金30亿元。').map((d) => d.term)).toEqual(['8+4经济政策体系']);
  });

  it('leaves people and things counted, sums and quoted codes alone', () => {
    // A count of people or households before the noun, a sum, a quoted code (the quoted-code rule's).
    expect(codeMatches('共为325名服务对象上门，为136户家庭服务。')).toEqual([]);
    expect(codeMatches('孩子在草稿纸上写下8+4等于12，高兴地举起了手。')).toEqual([]);
    expect(codeMatches('临海市推行“1+6+N”基层应急体系。')).toEqual([]);
  });
});

describe('colour-coded warnings (lib/glossary/detect-rules-codes.ts)', () => {
  it('marks a hazard, its colour and 预警, with 信号 when printed', () => {
    expect(codeMatches('县气象台今天14时发布暴雨红色预警，请注意防范。').map((d) => d.term)).toEqual(['暴雨红色预警']);
    expect(terms('市气象台升级发布台风黄色预警信号，渔船回港避风。')).toEqual(['台风黄色预警信号']);
    expect(terms('自然资源部门发布风暴潮橙色预警。')).toEqual(['风暴潮橙色预警']);
  });

  it('leaves a colour without a hazard and a warning of the body alone', () => {
    expect(codeMatches('系统亮起红色预警，请管理员处理。')).toEqual([]);
    expect(codeMatches('失眠、心慌可能是身体发出的预警信号。')).toEqual([]);
    expect(codeMatches('今天高温，黄色的预警牌已经挂出。')).toEqual([]);
  });
});

describe('national standards by number (lib/glossary/detect-rules-codes.ts)', () => {
  it('marks GB, GB/T or GB/Z, the number and the year', () => {
    expect(codeMatches('新车须符合GB 17761-2018标准，最高车速不超过每小时25公里。').map((d) => d.term)).toEqual(['GB 17761-2018']);
    expect(terms('企业通过了GB/T 19001—2016质量管理体系认证。')).toEqual(['GB/T 19001—2016']);
    expect(codeMatches('电池须符合GB43854-2024的要求。').map((d) => d.term)).toEqual(['GB43854-2024']);
    expect(codeMatches('按GB 50016-2014（2018年版）设计。').map((d) => d.term)).toEqual(['GB 50016-2014']);
  });

  it('leaves a number without its year, a size in GB and other letters alone', () => {
    expect(codeMatches('这份文件用GB2312编码保存。')).toEqual([]);
    expect(codeMatches('手机内存有8GB 2018年就买了。')).toEqual([]);
    expect(codeMatches('他的硬盘还剩16GB-2020年的照片都在里面。')).toEqual([]);
    expect(codeMatches('这件商品的货号是AGB 1234-2019。')).toEqual([]);
  });
});
