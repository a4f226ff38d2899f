// The rules the blind57 round added: a 乡镇 column's item opening with its place in 【】 after a finished sentence opens a
// paragraph, a forecast's rows named 今天/明天/后天 are rows of their own, and a brief's bracketed credit cut by the line end
// before a padded name goes on (lib/reflow/county-items.ts, called from join-rule.ts); a row naming whom a telephone number
// reaches (`长安镇：0573-…`, `燃气抢修：0579-…`) and a mailbox's line (`报名邮箱：…@…`) are a notice's field lines
// (lib/reflow/notice-lines.ts isFieldLine), never a headline.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { bracketLeadOpens, creditBracketGoesOn, nextRelativeDay } from '../../lib/reflow/county-items';
import { isFieldLine } from '../../lib/reflow/notice-lines';
import { isHeadingCandidate } from '../../lib/reflow/classify';

const texts = (t: string): string[] => reflowText(t).map((b) => b.text);

describe('a 乡镇 column\'s item opening with its place in 【】 (bracketLeadOpens)', () => {
  it('changes: after a finished sentence, 【镇街】 opens the next item, even where the line before filled the column', () => {
    expect(bracketLeadOpens('辖区内的老人每月可领取一次免费理发券。', '【塘下镇】近日，塘下镇开展')).toBe(true);
    expect(bracketLeadOpens('共清理河道垃圾三吨多。”', '【马屿镇】马屿镇日前')).toBe(true);
    const text = ['【新河镇】近日，新河镇举办首届插花比', '赛，来自各村的四十余名妇女参加角逐。',
      '【玉环街道】玉环街道为辖区老人装上了', '一键呼叫设备，共安装三百余台。'].join('\n');
    expect(texts(text)).toEqual(['【新河镇】近日，新河镇举办首届插花比赛，来自各村的四十余名妇女参加角逐。',
      '【玉环街道】玉环街道为辖区老人装上了一键呼叫设备，共安装三百余台。']);
  });
  it('leaves alone: 【】 after a clause mark or mid-sentence, a bracket that holds no town or street, a line not opening with it', () => {
    expect(bracketLeadOpens('这次活动的主题是，', '【文明乡风】进万家。')).toBe(false);
    expect(bracketLeadOpens('活动已持续三年。', '【1】参见第二版')).toBe(false);
    expect(bracketLeadOpens('活动已持续三年。', '据介绍，【塘下镇】今年')).toBe(false);
    expect(bracketLeadOpens('活动已持续三年。', '【塘下镇】')).toBe(false);
    expect(bracketLeadOpens('活动已持续三年。', '【记者】现在修车的人还多吗？')).toBe(false); // an interview's turn, another rule's
    expect(bracketLeadOpens('活动已持续三年。', '【编者按】为普及防诈知识')).toBe(false);
  });
});

describe('a forecast\'s rows named 今天/明天/后天 (nextRelativeDay)', () => {
  it('changes: the next day\'s row opens a row of its own', () => {
    expect(nextRelativeDay('今天：阴有小雨，8℃～12℃', '明天：多云，6℃～13℃', '今天：阴有小雨，8℃～12℃')).toBe(true);
    expect(nextRelativeDay('明天：多云，6℃～13℃', '后天：晴，5℃～15℃', '明天：多云，6℃～13℃')).toBe(true);
    expect(nextRelativeDay('今日：晴', '明日：晴转多云', '今日：晴')).toBe(true);
    expect(texts(['今天：阴有小雨，8℃～12℃', '', '明天：多云，6℃～13℃', '', '后天：晴，5℃～15℃'].join('\n')).length).toBe(3);
  });
  it('leaves alone: days out of order, a day named in a sentence, no colon, mixed forms, rows ending in a full stop', () => {
    expect(nextRelativeDay('明天：多云', '今天：晴', '明天：多云')).toBe(false);
    expect(nextRelativeDay('今天：多云', '后天：晴', '今天：多云')).toBe(false);
    expect(nextRelativeDay('今天的会议由他主持，', '明天：晴', '今天的会议由他主持，')).toBe(false);
    expect(nextRelativeDay('今天多云', '明天晴', '今天多云')).toBe(false);
    expect(nextRelativeDay('今天：多云转小雨，6℃～11℃。', '明天：小雨转阴，5℃～9℃。', '今天：多云转小雨，6℃～11℃。')).toBe(false); // rows written as sentences
    expect(nextRelativeDay('今天：多云', '明日：晴', '今天：多云')).toBe(false);
  });
});

describe('a brief\'s bracketed credit cut by the line end (creditBracketGoesOn)', () => {
  it('changes: the rest of the credit, closing the bracket, goes on though a space opens it', () => {
    expect(creditBracketGoesOn('前来观看。（通讯员　陈　晨', '　记者　吴　迪）')).toBe(true);
    expect(creditBracketGoesOn('已完成七成。（本报通讯员', '　徐晓红）')).toBe(true);
    expect(creditBracketGoesOn('共计三百余户。（融媒记者　郑　凯', '　见习记者　林　悦）')).toBe(true);
    // Three briefs: the indented lines inside the run are what tell paragraphs apart here (the credit's own space at a line's
    // start is no indent since blind152's round, lib/reflow/credit-space.ts, so a page needs two other indented lines).
    const cut = ['　　本报讯　日前，县图书馆新', '增绘本两千册。（通讯员　陈　晨', '　记者　吴　迪）', '　　本报讯　近日，城南社区', '新建口袋公园一处。', '　　本报讯　昨天，县城'].join('\n');
    // (The scorers read text without white space.)
    expect(texts(cut).map((t) => t.replace(/\s/gu, ''))).toEqual(['本报讯日前，县图书馆新增绘本两千册。（通讯员陈晨记者吴迪）', '本报讯近日，城南社区新建口袋公园一处。', '本报讯昨天，县城']);
  });
  it('leaves alone: a bracket already closed, no credit in it, a rest that opens a paragraph', () => {
    expect(creditBracketGoesOn('前来观看。（通讯员　陈　晨）', '　　本报讯　近日')).toBe(false);
    expect(creditBracketGoesOn('面积达（不含', '　林地）')).toBe(false);
    expect(creditBracketGoesOn('前来观看。（通讯员　陈　晨', '　　本报讯　近日，城南社区')).toBe(false);
  });
});

describe('a row naming whom a telephone number reaches (isFieldLine)', () => {
  it('changes: a place or a service and a whole number are a field line', () => {
    expect(isFieldLine('长安镇：0573-87645678')).toBe(true);
    expect(isFieldLine('燃气抢修：0579-86223999')).toBe(true);
    expect(isFieldLine('城关派出所：13905771234')).toBe(true);
    const text = ['　　四、咨询电话。', '周王庙镇：0573-87701234', '盐官镇：0573-87812345', '海宁市人民政府征兵办公室'].join('\n');
    expect(texts(text)).toEqual(['四、咨询电话。', '周王庙镇：0573-87701234', '盐官镇：0573-87812345', '海宁市人民政府征兵办公室']);
  });
  it('leaves alone: a number in a sentence, a fragment of a label a line end cut, a number that is no telephone', () => {
    expect(isFieldLine('民生热线：路灯修好了')).toBe(false);
    expect(isFieldLine('全年产量：0573吨')).toBe(false);
    expect(isFieldLine('如有疑问请拨打：0573-87645678，')).toBe(false);
    expect(isFieldLine('系电话：0574-87654321') && !/^电话/u.test('系电话')).toBe(false);
  });
});

describe('a mailbox named by what it receives and its address (isFieldLine)', () => {
  it('changes: 报名邮箱, 投稿信箱 with an address alone are field lines, no headline', () => {
    expect(isFieldLine('报名邮箱：rsk2026@126.com')).toBe(true);
    expect(isFieldLine('投稿信箱：tougao@dyrb.com.cn')).toBe(true);
    expect(isHeadingCandidate('报名邮箱：rsk2026@126.com')).toBe(false);
  });
  it('leaves alone: a mailbox in a sentence, a label with no address, an address after prose', () => {
    expect(isFieldLine('请将材料发送至报名邮箱：rsk2026@126.com，')).toBe(false);
    expect(isFieldLine('报名邮箱：请见附件')).toBe(false);
    expect(isFieldLine('邮箱里的一封信：写给十年后的自己')).toBe(false);
  });
});
