// Headline, byline and column cues of the line-wrap repair, on snippets printed the way
// 萧山日报 (<br> lines, blank lines at paragraph and column ends) and 浙江日报 (one <p> per
// column piece) print them (/work/shared/epaper-sites.md); text from the dev set
// (tests/fixtures/corpus/dev/).
import { describe, expect, it } from 'vitest';
import { reflowText, textToLines, type Block } from '../../lib/reflow';
import { measure, runWidths } from '../../lib/reflow/columns';
import { atColumnEnd, pageEvidence } from '../../lib/reflow/evidence';
import { printBlocks } from '../helpers/print-shapes';
import { devArticles, tuningArticles } from '../helpers/reflow-sets';

const blocks = (t: string): [string, string][] => reflowText(t, { punctuation: false }).map((b) => [b.kind, b.text]);

describe('headline cues', () => {
  it('takes a headline with a byline under it as a headline even after an unfinished paragraph', () => {
    const t = '中心，向东西两侧延伸7.\n\n建德草莓进入采摘季\n\n新华社记者 贺晨光\n\n在上海演出时，被旅沪天津人亲\n切地称为“老乡亲”，后来叫响。';
    expect(blocks(t)).toEqual([
      ['body', '中心，向东西两侧延伸7.'],
      ['heading', '建德草莓进入采摘季'],
      ['byline', '新华社记者 贺晨光'],
      ['body', '在上海演出时，被旅沪天津人亲切地称为“老乡亲”，后来叫响。'],
    ]);
  });

  it('does not take a column-cut line for a headline when a photo caption stands after it', () => {
    const t = '赛季中大放异彩。\n\n赤鼻岛非常小，在赤头岛\n\n图为农户在田间采收早稻。\n\n西方不足20米的位置，它也与赤冠岛紧挨着。';
    expect(blocks(t)).toEqual([
      ['body', '赛季中大放异彩。'],
      ['body', '赤鼻岛非常小，在赤头岛西方不足20米的位置，它也与赤冠岛紧挨着。'],
      ['caption', '图为农户在田间采收早稻。'],
    ]);
  });

  it('does not take a line that stops on 的 or 以及 for a headline', () => {
    for (const cut of ['丁斐途中私以自家瘦弱的', '多见于砾石底质的清潭流水以及']) {
      const t = `海滩上搁浅数日。\n\n${cut}\n\n老牛觅食，结果被人揭发。`;
      expect(blocks(t).map(([k]) => k)).toEqual(['body', 'body']);
    }
  });

  it('does not take a full line at a column foot for a headline where the column is measured half a character short', () => {
    // Every line of the next column holds a quotation mark (measured half width): the column
    // reads 9½ wide, the lone line at the foot of the one before fills 10.
    const t = '南荷兰省的一个镇，20\n07年成为新科普的一部\n分。\n\n何炳麟先生办学有两句\n\n名言，一句是“办学敛\n财，天诛地灭”，另一\n句是“误人子弟，男盗\n女娼”。';
    expect(blocks(t)).toEqual([
      ['body', '南荷兰省的一个镇，2007年成为新科普的一部分。'],
      ['body', '何炳麟先生办学有两句名言，一句是“办学敛财，天诛地灭”，另一句是“误人子弟，男盗女娼”。'],
    ]);
  });

  it('takes no indented line for a headline where indentation marks paragraphs', () => {
    // Pre-wrap text indented at each paragraph start (嘉兴日报): a signature line right under
    // the byline, cut by a column end after its eighth character.
    const t = '“村超”点燃乡村体育热情\n\n■记者周晓岚通讯员钱一鸣\n\n　　临平区市场监督管\n\n理局\n　　2010年与金南珠出\n演《逆转女王》中的具\n龙植本部长。\n　　同样，立窝尼亚语\n再次引入到小学中。';
    expect(blocks(t).map(([k, x]) => `${k}:${x}`)).toEqual([
      'heading:“村超”点燃乡村体育热情',
      'byline:■记者周晓岚通讯员钱一鸣',
      'body:临平区市场监督管理局',
      'body:2010年与金南珠出演《逆转女王》中的具龙植本部长。',
      'body:同样，立窝尼亚语再次引入到小学中。',
    ]);
  });

  it('ends a byline of names alone on its line before the body', () => {
    const t = '暑期托管服务覆盖全部小学\n\n俞海峰\n\n《侠影仙踪》是横店娱乐\n于2004年投资拍摄的一部\n古装剧。';
    expect(blocks(t)).toEqual([
      ['heading', '暑期托管服务覆盖全部小学'],
      ['byline', '俞海峰'],
      ['body', '《侠影仙踪》是横店娱乐于2004年投资拍摄的一部古装剧。'],
    ]);
  });
});

describe('pre-wrap text without indentation', () => {
  it('ends a paragraph at a line short of the column, whatever it ends with', () => {
    const gold: Block[] = [
      '据介绍，该项目总投资约4.8亿元，占地面积120亩，建成后预计年产值可达15亿元，带动就业600余人。',
      '活动现场，志愿者们为居民提供了免费理发、量血压、磨剪刀等便民服务，吸引了不少居民前来参与，家住城厢街道的李阿姨说，真是方便多了，以前排队要一个多小时，现在手机上点一点就办好了。',
      '下一步，我们将继续深化“最多跑一次”改革，推动更多事项“一网通办”“掌上可办”，让企业和群众办事更省心、更舒心，今年以来，区交通运输局聚焦群众出行“最后一公里”，新开通社区微循环公交线路6条，优化调整线路11条。',
      '现将有关事项公告如下：',
      '第一蚁群优化算法被称为“蚂蚁系统”，它旨在解决推销员问题，其目标是要找到一系列城市的最短路线。',
      '临平区市场监督管理局',
      '2024年6月3日',
    ].map((text) => ({ kind: 'body', text }));
    expect(reflowText(printBlocks(gold, 'prewrap-plain', 14, 30), { punctuation: false })).toEqual(gold);
  });
});

describe('column grid on <br> pages', () => {
  it('finds where columns end after a photo caption and a headline shifted the grid', () => {
    const para = '按照2000年人口普查数据市内有居民100940人，分38343个户，26034个家庭，瀑布、连绵起伏的山脉、洞穴和蜿蜒崎岖的河流景观吸引了许多公园参观者，总统办公厅自设立以来进行过若干次的改组，车站的候车室、售票处及站前广场位于本站东侧，每日接待旅客数千人次。';
    const gold: Block[] = [
      { kind: 'heading', text: '临平区新建十二处城市书房' },
      { kind: 'body', text: para },
      { kind: 'caption', text: '市民在新开放的城市书房内阅读。记者 沈佳怡 摄' },
      { kind: 'heading', text: '钱塘江两岸绿道贯通' },
      { kind: 'body', text: para.replace('按照', '根据') },
    ];
    const text = printBlocks(gold, 'br-blank', 11, 5);
    const lines = measure(textToLines(text));
    const ev = pageEvidence(lines, runWidths(lines));
    expect(ev.height).toBe(5);
    // Every blank line inside the second article falls where a column of 5 lines ended.
    const second = lines.findIndex((l) => l.text.startsWith('根据'));
    const cuts = lines.slice(second + 1).filter((l) => l.gap > 0);
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    expect(cuts.map((l) => atColumnEnd(ev, l))).toEqual(cuts.map(() => true));
    expect(reflowText(text, { punctuation: false })).toEqual(gold);
  });
});

describe('a notice field whose number a narrow column cut', () => {
  // A notice's contact field in columns narrower than the phone number (萧山日报 <br> lines,
  // 浙江日报 column pieces, pre-wrap text): the number goes on across the cut, the field stays
  // a paragraph of its own, and a year opening the next paragraph is no part of it.
  const more = [
    '据介绍，区交通运输局还将结合城市有机更新，在老旧小区、学校和医院周边增设公交站点，并根据客流变化动态调整发车间隔，让群众出行更加便捷。',
    '下一步，该局将继续深化改革，推动公交线网优化、票价优惠和智慧出行服务同步落地，同时加强驾驶员队伍建设，持续提升公交服务质量和群众满意度。',
    '记者在现场看到，新开通的微循环公交车内干净整洁，座椅宽敞舒适，车厢内还设置了爱心专座和无障碍通道，不少老年人和学生乘坐后纷纷点赞。',
  ];
  const gold: Block[] = [
    // Three lines at 9 wide: the field's first line is the fifth of a column 5 tall.
    '区文保中心公布第三批文保单位名单共计二十处。',
    '联系人：王先生',
    '联系电话：0571-82345678',
    '1843年五口通商以后，广州已经失去一口通商的优势，中国贸易中心呈现向上海转移的趋势。',
    ...more,
  ].map((text) => ({ kind: 'body', text }));

  it.each([['br-blank', 9, 5], ['prewrap-plain', 10, 5], ['br-blank', 12, 4], ['p-cut', 12, 4]] as const)('keeps the number whole and the field apart (%s, %i wide, %i tall)', (shape, w, h) => {
    const text = printBlocks(gold, shape, w, h);
    // The shape under test: at 9 and 10 wide a column ends inside the number.
    if (w === 9) expect(text).toContain('0571-823\n\n45678');
    if (w === 10) expect(text).toContain('0571-82345\n\n678');
    expect(reflowText(text, { punctuation: false })).toEqual(gold);
  });

  it('keeps the field whole on a page of column pieces 9 wide and 5 tall (the dev set, printed as 浙江日报 prints)', () => {
    const blocks = devArticles().flat();
    const text = printBlocks(blocks, 'p-cut', 9, 5);
    expect(text).toContain('0571-823\n\n45678');
    const out = reflowText(text, { punctuation: false }).map((b) => b.text);
    const k = out.indexOf('联系电话：0571-82345678');
    expect(k).toBeGreaterThan(0);
    const g = blocks.findIndex((b) => b.text === '联系电话：0571-82345678');
    expect(out[k + 1]).toBe(blocks[g + 1]?.text);
  });

  it('counts the columns on past the end of a cut number (10 wide: `678` alone is no column cut)', () => {
    const blocks = devArticles().flat();
    const text = printBlocks(blocks, 'p-cut', 10, 5);
    expect(text).toContain('0571-82345\n\n678\n\n');
    const out = reflowText(text, { punctuation: false }).map((b) => b.text);
    const g = blocks.findIndex((b) => b.text === '联系电话：0571-82345678');
    // The paragraph after it runs over a column cut after a sentence end.
    expect(out).toContain(blocks[g + 1]?.text);
  });
});

describe('lines that read like a notice’s parts inside a paragraph', () => {
  it('does not end a paragraph at a column-cut line that reads like a signature (the corpus page, 10 wide)', () => {
    const blocks = tuningArticles().flat();
    const text = printBlocks(blocks, 'br-blank', 10, 9);
    expect(text).toContain('江山经济开发区管委会\n\n负责人坚定地说。');
    const whole = blocks.find((b) => b.text.includes('江山经济开发区管委会负责人坚定地说'));
    expect(reflowText(text, { punctuation: false })).toContainEqual(whole);
  });

  it('keeps a field whole where a column cut its number after an indented first line (the dev set, 9 wide)', () => {
    const text = printBlocks(devArticles().flat(), 'prewrap-indent', 9, 4);
    expect(text).toMatch(/　　联系电话：0571\n\n-82345678/u);
    expect(reflowText(text, { punctuation: false })).toContainEqual({ kind: 'body', text: '联系电话：0571-82345678' });
  });

  it('keeps a field that wraps after an indented first line in one block (pre-wrap, indented)', () => {
    const gold: Block[] = [
      '地址：杭州市萧山区北干街道金城路四百三十八号萧山日报社大楼一楼服务台。',
      '联系人：王先生',
      '活动现场，志愿者们为居民提供了免费理发、量血压、磨剪刀等便民服务，吸引了不少居民前来参与。',
    ].map((text) => ({ kind: 'body', text }));
    const text = printBlocks(gold, 'prewrap-indent', 14, 30);
    // The shape under test: the first line is full with its indentation, the field goes on below.
    expect(text.split('\n')[0]).toBe('　　地址：杭州市萧山区北干街');
    expect(reflowText(text, { punctuation: false })).toEqual(gold);
  });
});
