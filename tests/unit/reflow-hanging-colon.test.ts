// Pre-wrap text that indents its paragraphs: a print line ending in a colon right before a blank
// line is an explicit break (a list or table follows) unless the line fills its column — also
// where the colon hangs past the column's edge (`　　施工期间，过往车辆请绕行：`, one character wider
// than the column): then a column ended there and the sentence goes on after the blank line
// (tests/fixtures/corpus/dev4/ re-printed showed it). A short line ending in a colon stays a break.
// Text written for these tests in the shape of a county paper's traffic notice.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';

const body = (text: string): Block => ({ kind: 'body', text });
const ARTICLE: Block[] = [
  { kind: 'heading', text: '县道青溪段封闭施工' },
  body('本报讯　记者从县交通运输局获悉，因县道青溪至白石段路面改造工程施工需要，12月5日至12月25日，该路段将实行全封闭施工。'),
  body('施工期间，过往车辆请绕行：由青溪方向往白石方向的车辆，经县道西山线绕行；由白石方向往青溪方向的车辆，按原路返回后绕行。'),
  body('县交通运输局提醒，请过往驾驶员提前规划出行路线，服从现场交通指挥，注意行车安全。'),
  body('据了解，青溪至白石段是连接两个乡镇的主要通道，日均车流量约三千辆次，路面已使用十五年，坑槽和裂缝较多。'),
  body('改造完成后，路面将由水泥路改为沥青路，并增设路灯、护栏和港湾式公交站，群众出行会更安全、更舒适。'),
];

const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text.replace(/[ \u3000]/gu, ''));

describe('a colon hanging past the column at a column end', () => {
  it('does not end the paragraph (pre-wrap, indented, 14 wide, 7 tall)', () => {
    const text = printBlocks(ARTICLE, 'prewrap-indent', 14, 7);
    expect(text).toContain('　　施工期间，过往车辆请绕行：\n\n');
    expect(texts(reflowText(text, { punctuation: false }))).toEqual(texts(ARTICLE));
  });

  it('leaves a short line ending in a colon before a blank line a break', () => {
    const t = [
      '　　本报讯　记者从县交通运输局获悉，因县道青',
      '溪至白石段路面改造工程施工需要，该路段将实',
      '行全封闭施工。',
      '　　绕行路线如下：',
      '',
      '由青溪方向往白石方向的车辆，经县道西山线绕',
      '行。',
      '　　县交通运输局提醒，请过往驾驶员提前规划出',
      '行路线，注意行车安全。',
    ].join('\n');
    expect(texts(reflowText(t, { punctuation: false }))).toContain('绕行路线如下：');
  });
});
