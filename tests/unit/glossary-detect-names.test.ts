// The shapes of lib/glossary/detect-rules-names.ts: unquoted names of bodies and services set up,
// and the full name an abbreviation is defined for. Sentences follow tests/fixtures/glossary-dev13
// (2024–25 Zhejiang county and city papers); that the rules stay rare in ordinary prose is checked
// on 1,000 encyclopedia sentences in glossary-heldout.test.ts.
import { describe, expect, it } from 'vitest';
import { detectJargon, wordQuestions } from '../../lib/glossary/detect';

const words = new Set([
  '低空', '飞行', '乡村', '振兴', '户外', '劳动者', '服务', '小微', '企业', '综合', '产业', '创新', '体育', '军事', '城乡', '风貌', '样板',
  '建设', '启动', '社会', '工作', '欧洲', '经济', '认知', '障碍', '照护', '青瓷', '宝剑', '轴承', '产业链', '五金',
  '新时代', '医保', '基金', '违法', '违规', '问题', '深化', '开展', '取得', '成效',
  '安全', '劝导', '秘密', '海外', '交通', '纠纷', '调解', '欠薪', '预警', '执行', '联动', '长效', '信任', '法院', '公安',
]);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string, known: { start: number; end: number }[] = []): string[] => detectJargon(text, known, isWord).map((d) => d.term);
const at = (text: string, form: string): { start: number; end: number } => ({ start: text.indexOf(form), end: text.indexOf(form) + form.length });

describe('bodies and services set up (lib/glossary/detect-rules-names.ts)', () => {
  it('marks the modifier and the head after a verb of setting up, with a count or a first between them', () => {
    expect(terms('天台县组建乡村振兴联合体8个，以强村带弱村')).toEqual(['乡村振兴联合体']);
    expect(terms('浦江县在城区设置户外劳动者服务驿站36个')).toEqual(['户外劳动者服务驿站']);
    expect(terms('温岭市建成首个小微企业综合服务驿站，为周边企业服务')).toEqual(['小微企业综合服务驿站']);
    expect(terms('龙泉市建成青瓷宝剑产业创新服务综合体')).toEqual(['青瓷宝剑产业创新服务综合体']);
    expect(terms('长兴县在养老机构建成认知障碍照护专区8个')).toEqual(['认知障碍照护专区']);
    // A compound head makes even a one-word modifier a name.
    expect(terms('富阳区在江滨建成体育综合体')).toEqual(['体育综合体']);
  });

  it('takes a first of the place (全市首个, 全县首个) for the verb of setting up (dev19)', () => {
    expect(terms('全市首个低空飞行服务站投入运行')).toEqual(['低空飞行服务站']);
    expect(terms('全县首个户外劳动者服务驿站在城东揭牌')).toEqual(['户外劳动者服务驿站']);
    // A first that is not a body or service, and a first without the place, stay unmarked.
    expect(terms('全市首个亿元村诞生')).toEqual([]);
    expect(terms('首个小微企业服务站')).toEqual([]);
  });

  it('takes the name over the shorter glossary terms inside it', () => {
    const text = '天台县组建乡村振兴联合体8个';
    expect(terms(text, [at(text, '乡村振兴')])).toEqual(['乡村振兴联合体']);
    const longer = '新昌县组建轴承产业链共同体';
    expect(terms(longer, [at(longer, '新昌县组建轴承产业链共同体')])).toEqual([]);
  });

  it('leaves a glossary match that is most of the name its card (60% of the name or more)', () => {
    const text = '长兴县在养老机构建成认知障碍照护专区8个';
    expect(terms(text, [at(text, '认知障碍照护')])).toEqual([]);
    expect(terms(text, [at(text, '认知障碍')])).toEqual(['认知障碍照护专区']);
  });

  it('leaves a plain word before a simple head, a clause before the head and a head without a verb of setting up', () => {
    expect(terms('两国成立军事联盟')).toEqual([]);
    expect(terms('他们成立了欧洲经济共同体')).toEqual([]);
    expect(terms('各国成立由十个国家组成的联盟')).toEqual([]);
    expect(terms('该联合体由三家企业组成')).toEqual([]);
    expect(terms('欧洲经济共同体的成员国')).toEqual([]);
  });
});

describe('more heads and the verb 建立 (dev21)', () => {
  it('marks a guidance post, a mediation centre, a warning point or a contact point set up', () => {
    expect(terms('东阳市在山区路口设立交通安全劝导站80个')).toEqual(['交通安全劝导站']);
    expect(terms('镇里建立纠纷调解中心，聘请退休法官坐班')).toEqual(['纠纷调解中心']);
    expect(terms('区里在外贸企业集中的园区设立欠薪预警点12个')).toEqual(['欠薪预警点']);
  });

  it('leaves such a head without a verb of setting up', () => {
    expect(terms('交通安全劝导站的志愿者每天早上七点上岗')).toEqual([]);
  });
});

describe('a liaison station set up (dev85)', () => {
  it('marks the modifier and 联络站 after a verb of setting up', () => {
    expect(terms('市里在意大利、西班牙等国设立海外引才联络站8个')).toEqual(['海外引才联络站']);
    expect(terms('区侨联在米兰建立海外侨胞联络站')).toEqual(['海外侨胞联络站']);
  });

  it('leaves 联络站 without a verb, after a one-word modifier, or after a clause', () => {
    expect(terms('海外引才联络站的负责人回国参加对接会')).toEqual([]);
    expect(terms('他们在城里建立秘密联络站')).toEqual([]);
    expect(terms('部队在村里设立了联络站')).toEqual([]);
  });
});

describe('a mediation body set up (dev120)', () => {
  it('marks the modifier and 调解会 or 调解委员会 after a verb of setting up, whatever the modifier', () => {
    expect(terms('村里成立乡贤调解会，由5名退休教师和老党员轮流坐班')).toEqual(['乡贤调解会']);
    expect(terms('小区成立物业纠纷调解委员会')).toEqual(['物业纠纷调解委员会']);
    // A one-word modifier makes a name too: 调解会 is a compound head, as 调解室 is.
    expect(terms('街道组建交通调解会')).toEqual(['交通调解会']);
  });

  it('leaves 调解会 without a verb, after a clause, or with no modifier', () => {
    expect(terms('调解会上双方各执一词')).toEqual([]);
    expect(terms('两家人成立了调解会')).toEqual([]);
    expect(terms('几位老人成立调解会')).toEqual([]);
  });
});

describe('a mechanism set up, read from the verb to 机制 (dev21)', () => {
  it('marks the words between 建立 / 健全 / 完善 and 机制', () => {
    expect(terms('区法院与公安部门建立执行联动机制')).toEqual(['执行联动机制']);
    expect(terms('县里建立健全欠薪预警机制')).toEqual(['欠薪预警机制']);
  });

  it('needs four characters of dictionary words reaching back to the verb, and the verb', () => {
    expect(terms('村里建立长效机制')).toEqual([]);
    expect(terms('双方建立信任的机制')).toEqual([]);
    expect(terms('执行联动机制运行良好')).toEqual([]);
    // A stretch that is not a chain of words back to the verb (安 is no word: the chain stops at 联动).
    expect(terms('建立法院安联动机制')).toEqual([]);
  });
});

describe('a reform or drive carried out, read back from its head to the campaign verb', () => {
  it('marks the words between the verb and …集成改革 / …专项整治', () => {
    expect(terms('县里深化新时代乡村集成改革，推出12项举措')).toEqual(['新时代乡村集成改革']);
    expect(terms('县医保局开展医保基金违法违规问题专项整治')).toEqual(['医保基金违法违规问题专项整治']);
  });

  it('needs the campaign verb and four characters of words before the head', () => {
    expect(terms('医保基金违法违规问题专项整治取得成效')).toEqual([]);
    expect(terms('县里开展医保专项整治')).toEqual([]);
  });
});

describe('the full name an abbreviation is defined for', () => {
  it('marks the words before （以下简称X）, from X when X stands in them', () => {
    expect(terms('海宁市启动城乡风貌样板区建设（以下简称风貌样板区），今年计划建成6个。')).toEqual(['城乡风貌样板区建设', '风貌样板区']);
  });

  it('needs four characters of name and the words 以下简称', () => {
    expect(terms('他启动建设（以下简称建设）')).not.toContain('启动建设');
    expect(terms('城乡风貌样板区建设（简称风貌样板区）')).toEqual([]);
  });
});

describe('wordQuestions', () => {
  it('lists the questions the name rules put', () => {
    const text = '两国成立军事联盟，县里组建乡村振兴联合体';
    const asked = new Set(wordQuestions(text));
    expect(asked.has('军事')).toBe(true);
    expect(asked.has('乡村振兴')).toBe(false);
  });
});

describe('later unquoted uses of a quoted coinage (lib/glossary/detect.ts)', () => {
  it('marks each later use of a quoted coinage of three or more characters', () => {
    expect(terms('萧山区推出“萧企通”服务平台，企业通过萧企通反映问题，萧企通办结率98%。')).toEqual(['萧企通', '萧企通', '萧企通']);
  });

  it('leaves uses before the quotes, two-character coinages and quoted stretches that are not coinages', () => {
    expect(terms('萧企通上线后，区里又推出“萧企通”')).toEqual(['萧企通']);
    expect(terms('镇里叫它“小切”，小切很受欢迎')).toEqual(['小切']);
    expect(terms('他说“欧洲经济会好的”，然后欧洲经济一词流行')).toEqual([]);
  });
});

describe('firsts of their kind and orders issued', () => {
  const dict = new Set([...words, '通缉令', '动员令', '工资', '海域', '使用权']);
  const withDict = (text: string, known: { start: number; end: number }[] = []): string[] => detectJargon(text, known, (w) => dict.has(w)).map((d) => d.term);

  it('marks what was done as a first of its kind, over a shorter glossary form inside', () => {
    expect(withDict('一家纺织企业完成全县首笔用水权交易。')).toEqual(['用水权交易']);
    const sea = '市里完成首宗海域使用权立体分层设权出让。';
    const at = sea.indexOf('海域使用权');
    expect(withDict(sea, [{ start: at, end: at + 5 }])).toEqual(['海域使用权立体分层设权出让']);
    // No deal or grant after it, nothing between, or a clause between: ordinary prose.
    expect(withDict('他领到了人生首笔工资，新用户首单立减10元，首笔交易当天完成。')).toEqual([]);
    expect(withDict('这是他的首单，也是我们在网上的交易。')).toEqual([]);
  });

  it('marks an order issued that is no dictionary word', () => {
    expect(withDict('县法院开出生态修复令，判令被告补种林木。')).toEqual(['生态修复令']);
    expect(withDict('警方下达通缉令，市里发出动员令。')).toEqual([]);
  });
});

describe('groups set up and working methods spread by name (dev39)', () => {
  const dict = new Set([...words, '银发', '护学', '学习', '领导', '调解', '推广', '议事', '法规']);
  const found = (text: string): string[] => detectJargon(text, [], (w) => dict.has(w)).map((d) => d.term);

  it('marks a group set up with a modifier that is no single word, not a plain 工作小组 or a study group of a class', () => {
    expect(found('社区组建银发护学小组，每天在校门口维护秩序。')).toEqual(['银发护学小组']);
    expect(found('县里成立工作小组，又成立领导小组。')).toEqual([]);
    expect(found('老师把全班同学分成了四个学习小组。')).toEqual([]);
  });

  it('marks a working method named after a verb of spreading it, not 工作法规 or a clause', () => {
    expect(found('镇里推广老杨调解工作法，村调解员跟着学习。')).toEqual(['老杨调解工作法']);
    expect(found('县里总结五步议事工作法。')).toEqual(['五步议事工作法']);
    expect(found('律师学习劳动工作法规，他的工作法子很多。')).toEqual([]);
    expect(found('推广他的工作法。')).toEqual([]);
  });
});
