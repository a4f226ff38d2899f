// The unquoted shapes of lib/glossary/detect-rules.ts and the quoted campaign names of
// lib/glossary/detect.ts, each with a hit and a near miss that must stay unmarked. The sentences
// are in the shape of the development set tests/fixtures/glossary-dev6; whether the rules stay
// rare in ordinary prose is checked on 1,000 encyclopedia sentences in glossary-heldout.test.ts.
import { describe, expect, it } from 'vitest';
import { detectJargon, withoutInside, wordQuestions } from '../../lib/glossary/detect';

const words = new Set(['出生', '退休', '只有', '同一', '算力', '人才', '就业', '码头', '无息', '优惠', '优惠券', '浦江', '民法典', '民法', '城乡', '区域', '海洋', '交通', '做大', '信托', '积分', '股份', '股份制', '应有尽有', '中西', '法律', '法律顾问', '清朗', '铁拳', '天气', '科技', '金融知识', '银行', '快递', '计时', '非遗', '来料']);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string, known: { start: number; end: number }[] = []): string[] => detectJargon(text, known, isWord).map((d) => `${d.kind}:${d.term}`);

/**
 * One row a rule: the sentences it marks (with the kind and term of each mark, in order) and the
 * near misses it must leave unmarked, read with the dictionary above unless a row gives its own.
 */
interface Shape {
  name: string;
  marks: [text: string, found: string[]][];
  leaves: (string | { text: string; words: (w: string) => boolean })[];
}
const SHAPES: Shape[] = [
  {
    name: 'marks XX强省 / 强市 goals, but not 强 as a verb on a place word or a dictionary word',
    marks: [['全省深入实施海洋强省战略，加快建设交通强市', ['formula:海洋强省', 'formula:交通强市']]],
    leaves: [
      // Every two characters a word: only what follows 强市 / 强省 keeps these unmarked.
      { text: '做大做强市场主体，不断增强省级统筹', words: (w) => w.length === 2 },
      { text: '建设海洋强省', words: (w) => w === '海洋强省' || w === '海洋' },
    ],
  },
  {
    name: 'marks XX制 + the work it runs (信托制物业), not a dictionary XX制 (股份制改革)',
    marks: [['社区推行信托制物业，实行积分制管理', ['coinage:信托制物业', 'coinage:积分制管理']]],
    leaves: ['公司完成股份制改革'],
  },
  {
    name: 'marks a system put into effect at the end of a clause (推行全员导师制，), not a dictionary X制, a numbered or two-character one, or an improving verb\'s object',
    marks: [['中小学全面推行全员导师制，企业实行新型学徒制。', ['formula:全员导师制', 'formula:新型学徒制']]],
    leaves: [
      { text: '公司实行岗位责任制，秦代施行郡县制，工厂实行三班轮换制，单位建立健全考核制。', words: (w) => ['岗位', '责任制', '郡县', '轮换', '考核'].includes(w) },
      // 机制 / 体制 / 编制 end no system named, even where the dictionary lacks them.
      { text: '村里建立长效机制，市里推行行政管理体制。', words: () => false },
    ],
  },
  {
    name: 'marks 应X尽X coverage formulas, not the idiom 应有尽有',
    marks: [['做到应保尽保、应检尽检', ['formula:应保尽保', 'formula:应检尽检']]],
    leaves: ['超市里商品应有尽有，应收款已尽数收回'],
  },
  {
    name: 'marks two abbreviations joined by 融合 after a campaign verb, not a word pair or without the verb',
    marks: [['县公安局推进警网融合，深化产城融合', ['formula:警网融合', 'formula:产城融合']]],
    leaves: ['推进中西融合，两种文化逐渐融合'],
  },
  {
    name: 'marks named policy products XX券 / 码 / 贷 / 驿站, not 码头, 贷款 or a dictionary word',
    marks: [['发放算力券，推出人才码和人才贷，建设就业驿站', ['formula:算力券', 'formula:人才码', 'formula:人才贷', 'formula:就业驿站']]],
    leaves: ['货物运到浦江码头，办理无息贷款，领取优惠券', '他从未在银行贷过款，也没找人才贷了钱'],
  },
  {
    name: 'leaves 码表, a bicycle\'s meter (计时码表, dev110), and keeps a named XX码 before other characters',
    marks: [['推出人才码，人才码使用情况良好', ['formula:人才码', 'formula:人才码']]],
    leaves: ['他把旧自行车的计时码表拆下来送给了邻居'],
  },
  {
    name: 'leaves the verb 码 "to stack" (把蔬菜码得整整齐齐, dev123), and keeps a named XX码 before other characters',
    marks: [['推出人才码，人才码得到广泛使用', ['formula:人才码', 'formula:人才码']]],
    leaves: ['摊主们把蔬菜码得整整齐齐', '工人把纸箱码放在仓库门口', '她把书本码齐了放进柜子'],
  },
  {
    name: 'leaves a 驿站 where a parcel is fetched or sent (a shop\'s parcel point, dev39), and keeps a named one',
    marks: [['镇里建成就业驿站，在就业驿站取得了联系', ['formula:就业驿站', 'formula:就业驿站']]],
    leaves: ['我下班后去小区门口的快递驿站取了两个包裹', '她到快递驿站寄了一箱衣服'],
  },
  {
    name: 'leaves a 驿站 whose XX names parcels (快递驿站, 菜鸟驿站: a shop, dev64), and keeps the named ones beside it',
    marks: [['街道建成就业驿站，旁边就是快递驿站', ['formula:就业驿站']]],
    leaves: ['小区门口新开了一家快递驿站', '楼下的菜鸟驿站晚上十点关门'],
  },
  {
    name: 'leaves a 工坊 whose XX is a craft made for pleasure (陶艺工坊, 烘焙工坊: a studio, dev134), and keeps the named ones beside it',
    marks: [['村里建成非遗工坊和来料工坊，隔壁是陶艺工坊', ['formula:非遗工坊', 'formula:来料工坊']]],
    leaves: [
      // XX a word, so only the craft keeps these unmarked.
      { text: '周末我们带孩子去陶艺工坊捏泥人', words: (w) => w === '陶艺' },
      { text: '她在商场里开了一家烘焙工坊', words: (w) => w === '烘焙' },
      { text: '这家手作工坊教人做皮包', words: (w) => w === '手作' },
    ],
  },
  {
    name: 'marks a campaign period with the word before it (民法典宣传月), not a period after no word',
    marks: [
      ['全市开展民法典宣传月活动', ['formula:民法典宣传月']],
      ['科技活动周期间，科技馆推出了机器人体验', ['formula:科技活动周']],
      ['9月是金融知识普及月', ['formula:金融知识普及月']],
    ],
    leaves: [
      '本周是第三个活动周',
      { text: '学校的科技活动周末在操场举行，活动日期另行通知', words: (w) => ['科技', '科技活动', '活动'].includes(w) },
      { text: '随着智能手机普及日益广泛，乡村文化活动日益丰富', words: (w) => ['智能手机', '手机', '文化', '文化活动', '活动'].includes(w) },
    ],
  },
  {
    name: 'marks NUM X NUM Y after a campaign verb or before a programme noun (四换三名), not the bare shape of ordinary prose',
    marks: [['持续深化四换三名，抓好三改一拆工作', ['formula:四换三名', 'formula:三改一拆']]],
    leaves: ['笔塔为砖木结构，七级八面，四柱三间，一般为三到六层', { text: '推进三山五岳', words: (w) => w === '三山五岳' }],
  },
  {
    name: 'marks a quoted coinage set with a space inside its quotes (“ 两山 ”), inside the spaces',
    marks: [['全市推进 “ 两山 ” 转化', ['coinage:两山']]],
    leaves: ['宜宾市将该镇列为 “ 天气 ”农产品加工基地'],
  },
  {
    name: 'marks a quoted N+N formula with spaces around its signs when it names what follows (“4 + 1”工业强县), not a quoted sum',
    marks: [['县里实施“4 + 1”工业强县行动', ['formula:4 + 1']]],
    leaves: ['前缀记法写作“+ 3 4”，而不是“3 + 4”。'],
  },
  {
    name: 'marks two abbreviated places joined by 一体化 / 同城化, not a word or a function character before it',
    marks: [['推进甬舟一体化和杭绍同城化', ['formula:甬舟一体化', 'formula:杭绍同城化']]],
    leaves: ['推进城乡一体化、区域一体化，实现真正的一体化'],
  },
  {
    name: 'marks numbered methods and lists without a classifier (三事分流工作法, 三张清单, 五证合一), not ordinary counts',
    marks: [
      ['推行三事分流工作法，建立三色预警机制，制定三张清单，推进五证合一', ['formula:三事分流工作法', 'formula:三色预警机制', 'formula:三张清单', 'formula:五证合一']],
      ['实行三色管理，不搞一刀切', ['formula:三色管理']],
    ],
    leaves: ['二期工程已完成，建立三级管理模式，三家推土机制造厂', '我们十分重视管理，两者的融合'],
  },
  {
    name: 'marks service circles measured in travel time (15分钟养老服务圈, 一刻钟便民生活圈), not a circle after no time',
    marks: [['打造15分钟养老服务圈和一刻钟便民生活圈', ['formula:15分钟养老服务圈', 'formula:一刻钟便民生活圈']]],
    leaves: ['他15分钟就跑完了一圈，绕操场一圈'],
  },
  {
    name: 'marks a named "one thing" service (出生一件事), not 只有一件事 or 同一件事',
    marks: [['推行新生儿出生一件事和退休一件事', ['formula:出生一件事', 'formula:退休一件事']], ['推进退休一类事改革', ['formula:退休一类事']]],
    leaves: ['我只有一件事，说的是同一件事', '说的是同一类事'],
  },
  {
    name: 'takes the word after 一X一 into the formula (一村一法律顾问), and stops where no word follows',
    marks: [
      ['推行一村一法律顾问制度', ['formula:一村一法律顾问']],
      ['发展一村一品示范村', ['formula:一村一品']],
    ],
    leaves: [],
  },
  {
    name: 'marks a graded emergency response (防汛Ⅳ级应急响应, 二级应急响应, Ⅲ级响应), not a level of something else',
    marks: [
      ['县防指启动防汛Ⅳ级应急响应', ['formula:Ⅳ级应急响应']],
      ['市里将防台风应急响应提升为二级应急响应，随后调整为III级响应', ['formula:二级应急响应', 'formula:III级响应']],
    ],
    leaves: ['风力达到十四级，响应号召的群众', '举重比赛中他获得二级运动员称号，反应迅速'],
  },
];

describe('unquoted policy shapes', () => {
  it('starts a chief system after a conjunction even when the two make a word (和田 is a place)', () => {
    expect(detectJargon('落实耕地占补平衡和田长制', [], (w) => w === '和田').map((d) => d.term)).toEqual(['田长制']);
    expect(detectJargon('全面落实河湖长制', [], (w) => w === '河湖').map((d) => d.term)).toEqual(['河湖长制']);
  });

  it.each(SHAPES)('$name', ({ marks, leaves }) => {
    for (const [text, found] of marks) expect(terms(text), text).toEqual(found);
    for (const leave of leaves) {
      const [text, dictionary] = typeof leave === 'string' ? [leave, isWord] : [leave.text, leave.words];
      expect(detectJargon(text, [], dictionary), text).toEqual([]);
    }
  });
});

describe('quoted campaign names', () => {
  it('marks a quoted dictionary word that names a campaign (“清朗”系列专项行动, “铁拳”行动)', () => {
    expect(terms('开展“清朗”系列专项行动和“铁拳”行动')).toEqual(['coinage:清朗', 'coinage:铁拳']);
  });

  it('leaves a quoted dictionary word alone without the campaign noun, or when a name is given', () => {
    expect(terms('他说“清朗”的天气最好')).toEqual([]);
    expect(terms('这次行动被称为“铁拳”行动')).toEqual([]);
  });

  it('lets a quoted coinage win over a glossary match that starts inside it (“海上枫桥”经验)', () => {
    // 推0 广1 “2 海3 上4 枫5 桥6 ”7 经8 验9: the glossary's 枫桥经验 is matched across the quote.
    const known = [{ start: 5, end: 10 }];
    const found = detectJargon('推广“海上枫桥”经验', known, isWord);
    expect(found.map((d) => d.term)).toEqual(['海上枫桥']);
    expect(withoutInside(known, found)).toEqual([]);
  });

  it('keeps the glossary match when it starts with the quote (“枫桥”经验)', () => {
    // 推0 广1 “2 枫3 桥4 ”5 经6 验7
    expect(terms('推广“枫桥”经验', [{ start: 3, end: 8 }])).toEqual([]);
  });
});

describe('wordQuestions', () => {
  it('lists the questions the new rules put', () => {
    const asked = wordQuestions('建设海洋强省，推行信托制物业，应保尽保，推进警网融合，一村一法律顾问，“清朗”行动，算力券，民法典宣传月，甬舟一体化');
    for (const w of ['海洋', '海洋强省', '信托', '信托制', '应保尽保', '警网', '警网融合', '法律顾问', '法律', '清朗', '算力', '力券', '算力券', '民法典', '法典', '民法典宣传月', '甬舟']) {
      expect(asked, w).toContain(w);
    }
  });
});

describe('a named "one thing" holding a shorter glossary word (tests/fixtures/glossary-dev20: 托育一件事)', () => {
  const at = (text: string, form: string): { start: number; end: number } => ({ start: text.indexOf(form), end: text.indexOf(form) + form.length });

  it('wins over a glossary word shorter than 60% of it, whose card the caller drops', () => {
    const text = '市里推出托育一件事，家长在手机上可完成托位查询。';
    const known = [at(text, '托育')];
    const found = detectJargon(text, known, (w) => w === '托育' || isWord(w));
    expect(found.map((d) => d.term)).toEqual(['托育一件事']);
    expect(withoutInside(known, found)).toEqual([]);
  });

  it('leaves a glossary match that is most of it, or all of it, its own card', () => {
    expect(terms('推行新生儿出生一件事改革', [at('推行新生儿出生一件事改革', '出生一件事')])).toEqual([]);
    expect(terms('推行新生儿出生一件事改革', [at('推行新生儿出生一件事改革', '新生儿出生')])).toEqual([]);
  });
});
