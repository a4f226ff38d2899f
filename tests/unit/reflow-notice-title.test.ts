// A notice's title right above its opening sentence (`…现予以公示：`, `…有关事项公告如下：`) is a
// headline even where it is exactly as wide as the page's column and a column ends after it: it was
// read as the foot of a column cut mid-sentence and joined to the notice's first paragraph
// (tests/fixtures/corpus/dev5/ re-printed 17 wide showed it). A line cut off by a column before the
// rest of its sentence is still joined to it. Text written for these tests.
import { describe, expect, it } from 'vitest';
import { reflowText, textToLines, type Block } from '../../lib/reflow';
import { opensNotice } from '../../lib/reflow/headlines';
import { measure } from '../../lib/reflow/columns';
import { printBlocks, type PrintShape } from '../helpers/print-shapes';

const body = (text: string): Block => ({ kind: 'body', text });
const TITLE = '县人民医院招聘合同制护理人员'; // 14 characters wide
const PAGE: Block[] = [
  { kind: 'heading', text: '城南社区卫生服务站搬进新址' },
  body('本报讯　城南社区卫生服务站日前搬进新址，诊室由三间增加到七间，新设了中医理疗室，还开设了家庭医生签约服务窗口。'),
  body('服务站负责人介绍，新址离公交站只有一百米，周边六个小区的老人看病更方便了，每天接诊量比搬迁前增加了三成左右。'),
  body('据了解，今年全县还将新建和改造社区卫生服务站五个，进一步完善十五分钟健康服务圈，让群众在家门口就能看好病。'),
  body('卫生服务站还与县人民医院建立了双向转诊通道，居民在服务站就能预约县医院专家号，检查结果两家互认，不用重复检查。'),
  body('不少居民表示，以前去县城看病要坐四十分钟公交车，现在小毛病在家门口就能解决，大病也能通过服务站转到县医院。'),
  { kind: 'heading', text: TITLE },
  body('因业务发展需要，县人民医院面向社会公开招聘合同制护理人员20名。有关事项公告如下：'),
  body('一、报名条件：护理专业大专以上学历，持有护士执业证书，身体健康，年龄在35周岁以下。'),
  body('二、报名时间：12月10日至12月20日，报名地点为县人民医院人事科。'),
];

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind} ${b.text.replace(/[ \u3000]/gu, '')}`);

describe('a notice title as wide as the column', () => {
  for (const [shape, h] of [['br-blank', 9], ['prewrap-plain', 9], ['p-cut', 2]] as [PrintShape, number][]) {
    it(`stays a headline over the notice's opening (${shape}, 14 wide, ${h} tall)`, () => {
      const text = printBlocks(PAGE, shape, 14, h);
      expect(text).toContain(`\n${TITLE}\n`);
      expect(kinds(reflowText(text, { punctuation: false }))).toEqual(kinds(PAGE));
    });
  }

  it('knows a notice opening up to its first colon', () => {
    const lines = (t: string) => measure(textToLines(t));
    expect(opensNotice(lines('经个人自荐、单位推荐和评审，确定以下5人\n为拟表彰对象，现予以公示：\n王海涛'), 0)).toBe(true);
    expect(opensNotice(lines('因工作需要，面向社会招聘消防员15名。有关事项公告如下：'), 0)).toBe(true);
    // Left alone: a list announced in a report, and a colon after two sentences.
    expect(opensNotice(lines('会议指出，今年的重点工作如下：'), 0)).toBe(false);
    expect(opensNotice(lines('活动已经结束。共评出十人。名单予以公示：'), 0)).toBe(false);
  });

  it('leaves a lone line a column cut mid-sentence joined to the rest of its sentence', () => {
    const t = ['本报讯　城南社区卫生服务站日前搬进新', '址，诊室由三间增加到七间，新设了中医', '理疗室。', '', '服务站负责人介绍，新址离公交站只有一', '', '百米，老人看病更方便了。'].join('\n');
    expect(kinds(reflowText(t, { punctuation: false }))).toEqual(kinds([body('本报讯　城南社区卫生服务站日前搬进新址，诊室由三间增加到七间，新设了中医理疗室。'), body('服务站负责人介绍，新址离公交站只有一百米，老人看病更方便了。')]));
  });
});
