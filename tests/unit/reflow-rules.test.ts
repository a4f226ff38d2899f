// One test per repair rule, with real snippets from the corpus pages.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText, repairPunctuation, type SourceLine } from '../../lib/reflow';

const texts = (t: string, punctuation = false): string[] => reflowText(t, { punctuation }).map((b) => b.text);
const kinds = (t: string): string[] => reflowText(t).map((b) => b.kind);
const p = (...paras: string[]): SourceLine[] => paras.map((text, i) => ({ text, gap: i === 0 ? 0 : 1, indent: false }));

describe('joining print lines', () => {
  it('joins a word cut where a print column ended (王女 / 士说)', () => {
    const t = '第一次在银行办理医保业务。王女\n\n士说：“孩子在上海工作，想着要去上\n海居住。”';
    expect(texts(t)).toEqual(['第一次在银行办理医保业务。王女士说：“孩子在上海工作，想着要去上海居住。”']);
  });

  it('joins a line that starts with punctuation that cannot start a line', () => {
    expect(texts('这里更方便，两三分钟就走到了\n。下一句。')).toEqual(['这里更方便，两三分钟就走到了。下一句。']);
  });

  it('joins across a colon that introduces a quotation (张大伯说： / “我在…)', () => {
    const t = '张大伯同样享受了一次服务。张大伯说：\n\n“我在办理银行业务时就看到了这个\n医保服务专区。”';
    expect(texts(t)).toHaveLength(1);
  });

  it('keeps a paragraph open while a bracket is open (本报讯（记者 … 通讯员 / 徐芳）)', () => {
    const t = '本报讯（记者 盛凤琴 通讯员\n徐芳）为深入贯彻落实规划纲要，近日入选。';
    expect(texts(t)).toEqual(['本报讯（记者 盛凤琴 通讯员徐芳）为深入贯彻落实规划纲要，近日入选。']);
  });

  it('joins a paragraph cut right after 。 inside a quotation that goes on', () => {
    const lines = p(
      '“今年全区共安排重点建设项目109个,开工率达66%。',
      '同时,完善的园区配套也是关键之举。”江山经济开发区管委会相关负责人表示。',
    );
    expect(reflowLines(lines, { punctuation: false }).map((b) => b.text)).toEqual([
      '“今年全区共安排重点建设项目109个,开工率达66%。同时,完善的园区配套也是关键之举。”江山经济开发区管委会相关负责人表示。',
    ]);
  });

  it('joins Latin words cut by a line break with a space, and numbers without one', () => {
    expect(texts('他们用Deep\nSeek模型处理了12\n34份材料，效果很好。')).toEqual(['他们用Deep Seek模型处理了1234份材料，效果很好。']);
  });

  it('joins an e-mail or web address cut by a line break without a space', () => {
    // Shapes of the contact lines of notices (tests/fixtures/pages/blind2-nbrb-notice.html).
    expect(texts('意见可发送至电子邮箱nbjiang\nbei.gov.cn，截止日期为本月底。')).toEqual(['意见可发送至电子邮箱nbjiangbei.gov.cn，截止日期为本月底。']);
    expect(texts('详情请登录www.\nzjol.com.cn查询。')).toEqual(['详情请登录www.zjol.com.cn查询。']);
    expect(texts('来稿请寄xsrb@\n163.com，注明联系方式。')).toEqual(['来稿请寄xsrb@163.com，注明联系方式。']);
    expect(texts('网址https://www.xsnet\n.cn/epaper，欢迎访问。')).toEqual(['网址https://www.xsnet.cn/epaper，欢迎访问。']);
    expect(texts('论坛以Green Rural\nRevival为题，交流经验。')).toEqual(['论坛以Green Rural Revival为题，交流经验。']);
  });
});

describe('ending paragraphs', () => {
  const column = [
    '近日，记者从医保萧山分局了解',
    '到，我区积极推进“医银合作”新模',
    '式，实现医保业务向银行网点延伸，',
    '优化医保经办服务需求与金融综合',
    '服务优势资源优势相结合，有效推动',
    '感、幸福感、安全感。目前，全区已设',
    '置52个“医银合作”网点，实现了镇',
    '街全覆盖。',
    '农业银行萧山分行城厢支行是',
    '“医银合作”网点之一。近日，市民王',
    '女士在工作人员的帮助下，成功办理',
    '了医保异地就医备案业务。',
  ].join('\n');

  it('ends a paragraph at a short line that ends a sentence, inside a column', () => {
    const out = texts(column);
    expect(out).toHaveLength(2);
    expect(out[1]?.startsWith('农业银行萧山分行城厢支行是“医银合作”')).toBe(true);
  });

  it('ends the paragraph where a sentence fills its line and nothing else marks paragraphs', () => {
    // Pre-wrap text without indentation (嘉兴日报 pre-wrap pages, /work/shared/epaper-sites.md):
    // after a paragraph of ordinary length the paragraph may go on or end there; a wrong break
    // costs the reader less than two paragraphs run together.
    const t = [
      '近日，记者从医保萧山分局了解', '到，我区积极推进“医银合作”新模', '式，把银行网点多、服务时间长的', '服务优势资源优势相结合有效推动。',
      '医保业务下沉办、就近办、多点', '办，切实提升了医保公共服务的便', '利度。目前全区已有十二家银行网', '点开通医保服务，市民在家门口就', '能办理。',
    ].join('\n');
    expect(texts(t)).toEqual([
      '近日，记者从医保萧山分局了解到，我区积极推进“医银合作”新模式，把银行网点多、服务时间长的服务优势资源优势相结合有效推动。',
      '医保业务下沉办、就近办、多点办，切实提升了医保公共服务的便利度。目前全区已有十二家银行网点开通医保服务，市民在家门口就能办理。',
    ]);
  });

  it('keeps a paragraph of one short sentence going at a full line with nothing else marking paragraphs', () => {
    // A news paragraph is rarely a single short sentence: the sentence that fills its line this
    // early is followed by more of the same paragraph.
    const t = ['近日，记者从医保萧山分局了解', '到医银合作网点已开到镇街一级。', '医保业务下沉办、就近办、多点', '办，切实提升了医保公共服务的便', '利度。目前全区已有十二家银行网', '点开通医保服务，市民在家门口就', '能办理。'].join('\n');
    expect(texts(t)).toHaveLength(1);
  });

  it('keeps a paragraph going when breaking would leave a two-line paragraph of one short sentence', () => {
    const t = ['近日，记者从医保萧山分局了解', '到，我区积极推进“医银合作”新模', '服务优势资源优势相结合有效推动。', '医保业务下沉办、就近办、多点', '办，切实提升了医保公共服务。'].join('\n');
    expect(texts(t)).toEqual(['近日，记者从医保萧山分局了解到，我区积极推进“医银合作”新模服务优势资源优势相结合有效推动。医保业务下沉办、就近办、多点办，切实提升了医保公共服务。']);
  });

  it('ends a paragraph at a line announcing what follows, even where the line is full', () => {
    // A notice's `…公告如下：` (the shape of the notices in /work/shared/epaper-sites.md) filling
    // its column on a pre-wrap page without indentation: its items start a new paragraph.
    const t = ['为进一步规范城区停车秩序，', '经研究决定，现将有关事项公告如下：', '自2024年5月1日起，城区主要道路', '实行分时段限时停车管理。'].join('\n');
    expect(texts(t)).toEqual(['为进一步规范城区停车秩序，经研究决定，现将有关事项公告如下：', '自2024年5月1日起，城区主要道路实行分时段限时停车管理。']);
  });

  it('ends a block at a notice date standing alone before a break', () => {
    // A notice's closing date printed as its own <p> (浙江日报 notices, one <p> per column piece),
    // followed by the next item's text: the date does not run into it.
    const t = ['特此公告。', '', '杭州市临平区市场监督管理局', '', '2024年6月3日', '', '沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅。'].join('\n');
    expect(texts(t).slice(-2)).toEqual(['2024年6月3日', '沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅。']);
  });

  it('still breaks a short paragraph at a full line when the next line opens a paragraph', () => {
    const t = ['近日，记者从医保萧山分局了解', '到医银合作网点已开到镇街一级。', '“以前要跑到区里，现在下楼就能', '办。”家住城厢街道的王女士说。'].join('\n');
    expect(texts(t)).toEqual(['近日，记者从医保萧山分局了解到医银合作网点已开到镇街一级。', '“以前要跑到区里，现在下楼就能办。”家住城厢街道的王女士说。']);
  });

  it('keeps a paragraph going when a full-width line ends a sentence inside an open quote', () => {
    const t = ['近日，记者从医保萧山分局了解', '到，“我区积极推进医银合作新模', '服务优势资源优势相结合有效推动。', '医保业务下沉办、就近办、多点', '办，切实提升了医保公共服务。”'].join('\n');
    expect(texts(t)).toHaveLength(1);
  });

  it('starts a new paragraph at a <p> boundary after a finished sentence', () => {
    const lines = p('把孩子交给老师后,她便安心地上班了。', '江南社区善城公寓托育园,位于嘉善县白水塘西路与亭桥南路交叉口。');
    expect(reflowLines(lines)).toHaveLength(2);
  });

  it('uses paragraph indentation as the paragraph-start signal when the page has it', () => {
    const lines: SourceLine[] = [
      { text: '目前在网点，市民可以通过掌办、网办、自助办等形式，办', gap: 0, indent: true },
      { text: '理城乡居民参保登记等14项医保服务业务。', gap: 0, indent: false },
      { text: '随着医保业务的推进，大部分的医保业务在手机上都', gap: 1, indent: false },
      { text: '能操作搞定。', gap: 0, indent: false },
      { text: '下阶段，医保萧山分局还将持续探索。', gap: 1, indent: true },
    ];
    expect(reflowLines(lines, { punctuation: false }).map((b) => b.text)).toEqual([
      '目前在网点，市民可以通过掌办、网办、自助办等形式，办理城乡居民参保登记等14项医保服务业务。随着医保业务的推进，大部分的医保业务在手机上都能操作搞定。',
      '下阶段，医保萧山分局还将持续探索。',
    ]);
  });
});

describe('block kinds', () => {
  it('recognises a headline with an internal space and a name byline under it', () => {
    expect(kinds('儿童友好城市建设 托起孩子快乐童年\n\n陆静\n\n近日,家住嘉兴嘉善县罗星街道的姚女士,带着两岁半的女儿上班了。')).toEqual([
      'heading', 'byline', 'body',
    ]);
  });

  it('recognises ■记者 … 通讯员 … bylines and keeps 本报讯 openings in the body', () => {
    const out = reflowText('■记者盛凤琴通讯员许慧君\n\n本报讯（记者 王俞楠 陈伟聪）\n日前，萧山区世纪教育发展中心正式\n成立揭牌。');
    expect(out.map((b) => b.kind)).toEqual(['byline', 'body']);
    expect(out[1]?.text).toBe('本报讯（记者 王俞楠 陈伟聪）日前，萧山区世纪教育发展中心正式成立揭牌。');
  });

  it('keeps an author credit in brackets at the end of its paragraph', () => {
    const out = texts('持续提升人民群众获得感、幸福感、安全感。(蒋瑾华 朱灵燕)\n\n协同执法 共建协作朋友圈');
    expect(out[0]?.endsWith('(蒋瑾华 朱灵燕)')).toBe(true);
  });

  it('recognises headlines printed after the articles, wrapped over two lines', () => {
    const t = '为赋能区域跨越式发展提供教育支\n撑。\n\n医保服务提质扩面\n\n“6心”计划推动萧山持续“升温”\n文明友爱“歇会儿吧”公益行动升级\n\n本报讯（记者 盛凤琴 通讯员\n徐芳）为深入贯彻落实。';
    expect(kinds(t)).toEqual(['body', 'heading', 'heading', 'heading', 'body']);
  });

  it('does not take a column of body text without final punctuation for a headline', () => {
    const t = '“萧山好人”发布活动上获悉。\n\n日前，记者从2024年度第二季\n“萧山好人”发布活动上获悉，为进一\n步提升我区城市文明水平，助力打造\n\n“青年向往之城”，我区启动文明友爱行动。';
    expect(kinds(t)).toEqual(['body', 'body']);
  });

  it('moves a photo caption printed between two halves of a cut paragraph after the paragraph', () => {
    const t = '面对群众关切的热点问题,浦阳镇、益农镇纪委主动作为,细致核查新增低保家庭的\n\n村民在新建的文化礼堂排练节目。 记者 王俞楠 摄\n\n实际情况,确保政策精准落地。\n\n下一段开始了。';
    const out = reflowText(t, { punctuation: false });
    expect(out.map((b) => b.kind)).toEqual(['body', 'caption', 'body']);
    expect(out[0]?.text).toBe('面对群众关切的热点问题,浦阳镇、益农镇纪委主动作为,细致核查新增低保家庭的实际情况,确保政策精准落地。');
  });

  it('recognises 图片由…提供 captions', () => {
    expect(kinds('活动现场。（图片由萧山区文明办提供）')).toEqual(['caption']);
  });

  it('treats a credited one-paragraph photo story set apart after an article as a caption', () => {
    const t = '用实际行动书写了民生改善的生动篇章。(倪佳欢)\n\n\n\n余杭区仓前街道灵源村开展廉洁教育活动。(陈薇)\n\n创新驱动';
    expect(kinds(t)).toEqual(['body', 'caption', 'heading']);
  });
});

describe('punctuation repair', () => {
  it('makes half-width punctuation between Chinese characters full-width', () => {
    expect(repairPunctuation('近日,家住嘉兴的姚女士:好吗?好!(陈薇)')).toBe('近日，家住嘉兴的姚女士：好吗？好！（陈薇）');
  });

  it.each(['1.7亿元', '36-38℃', '5:30', 'in:pak', '1,000人', 'https://a.cn/b?c=1,2', '(CPI)上涨'])('leaves %s alone', (s) => {
    expect(repairPunctuation(s)).toBe(s);
  });

  it('is applied by default and can be switched off', () => {
    expect(texts('近日,家住嘉兴。', true)).toEqual(['近日，家住嘉兴。']);
    expect(texts('近日,家住嘉兴。', false)).toEqual(['近日,家住嘉兴。']);
  });
});
