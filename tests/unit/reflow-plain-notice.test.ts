// A notice printed in plain pre-wrap lines (no indentation; blank lines only where a column ends), as
// score:blind re-prints the blind16 notice page: the lines before its attachments' items, fields, signature
// and date are short because those end there, not because print left its column text loose. Read so, the
// page is set on a regular grid and every line short of its column ends its paragraph. Text written for
// these tests in the shape of a county government's notice.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { textToLines } from '../../lib/reflow/lines';
import { measure, runWidths } from '../../lib/reflow/columns';
import { pageEvidence } from '../../lib/reflow/evidence';
import { printBlocks } from '../helpers/print-shapes';

const NOTICE: Block[] = [
  { kind: 'heading', text: '关于征集2027年县级民生实事项目的公告' },
  { kind: 'body', text: '为进一步提高民生实事项目的针对性，县政府决定面向社会公开征集2027年民生实事项目意见。现将有关事项公告如下：' },
  { kind: 'body', text: '征集时间为2026年12月5日至12月30日。征集内容包括教育、医疗、养老、交通出行、住房保障等领域。' },
  { kind: 'body', text: '市民可通过县政府门户网站填写意见表，也可通过信函方式提交。对被采纳的意见，将在项目确定后予以反馈。' },
  { kind: 'body', text: '附件：1.2027年县级民生实事项目意见表' },
  { kind: 'body', text: '2.2026年民生实事项目完成情况' },
  { kind: 'body', text: '联系人：李先生' },
  { kind: 'body', text: '通信地址：县行政中心3号楼（邮编324100）' },
  { kind: 'body', text: '龙游县人民政府办公室' },
  { kind: 'body', text: '2026年12月5日' },
];

describe('a notice in plain pre-wrap lines', () => {
  const text = printBlocks(NOTICE, 'prewrap-plain', 13, 6);

  it('reads the page as set on a regular grid although its items and fields end short', () => {
    const lines = measure(textToLines(text));
    expect(pageEvidence(lines, runWidths(lines)).regular).toBe(true);
  });

  it('ends each item, field, the signature and the date at its short last line', () => {
    expect(reflowText(text, { punctuation: false })).toEqual(NOTICE);
  });
});
