// The rule of the round the blind168 pages asked for (tests/fixtures/pages/blind168-*, city dailies and evening papers of
// other provinces). Snippets written for these tests in the pages' shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { measure, runWidths } from '../../lib/reflow/columns';
import { blanksEndSentences, pageEvidence, unevenRuns } from '../../lib/reflow/evidence';
import { textToLines } from '../../lib/reflow/lines';

// 福州日报 pad 要闻 (<br> print lines sixteen wide, not indented, an empty line at each paragraph end and at each column end
// alike): most paragraphs end on a line that fills its column, so one paragraph only ends short before an empty line and
// the page's blank lines were not read as paragraph marks (./evidence.ts `blankIsParagraph` asks for two); a full line
// ending a sentence inside a run (`…主要景区。` / `“村村通”…`) was the boundary scorer's, which cut the paragraph there.
// Where one sentence at least ends short before a blank line, none ends short inside a run, four or more end right before a
// blank line between runs of two lines or more, and the runs between blank lines are of uneven length (no column grid),
// such a sentence end goes on (`PageEvidence.runsGoOn`, asked first in full-stop.ts `fullStopJoins`).
const lines = (text: string[]): string => text.join('\n');

const SHAPE = [
  '本报记者　林　溪',
  '',
  '记者从市交通运输局获悉，去年我市',
  '新开通和优化调整公交线路六十余条，',
  '新建公交候车亭三百多座，公交线网',
  '覆盖了全市所有行政村和主要景区。',
  '“村村通”公交让乡亲们出行更方便。',
  '',
  '在城西的一个公交首末站，几辆新能',
  '源公交车正在充电。车队负责人说，',
  '今年车队全部换上了新能源车辆，乘',
  '车环境和舒适度都有了很大提升，车',
  '',
  '厢里还配备了爱心座椅和扶手。',
  '',
  '智慧出行也让乘客候车更省心。在公',
  '交手机应用上，乘客可以实时查询车',
  '辆位置、到站时间和车厢拥挤程度。',
  '去年，这款应用的注册用户突破百万，',
  '日均查询量已经超过了五十万人次。',
  '',
  '许多老年乘客也学会了用手机查公交，',
  '出门前先看一眼，车快到了再下楼。',
  '',
  '在优化线网的同时，我市还开通了通',
  '学公交、通医公交和旅游专线，满足',
  '',
  '市民多样化的出行需求。去年冬天，',
  '一条连接城区和滑雪场的旅游专线开',
  '通后，周末客流量明显增加，还带动',
  '了沿线村镇民宿和农家乐的发展。',
  '',
  '市交通运输局有关负责人表示，今年',
  '我市将继续推进公交优先发展，加快',
  '建设公交专用道，提高公交准点率，',
  '让群众出行更便捷。',
];

describe('a full line ending a sentence inside a run, where blank lines end the paragraphs though few end short', () => {
  it('goes on with its paragraph', () => {
    expect(reflowText(lines(SHAPE))).toEqual([
      { kind: 'byline', text: '本报记者　林　溪' },
      { kind: 'body', text: '记者从市交通运输局获悉，去年我市新开通和优化调整公交线路六十余条，新建公交候车亭三百多座，公交线网覆盖了全市所有行政村和主要景区。“村村通”公交让乡亲们出行更方便。' },
      { kind: 'body', text: '在城西的一个公交首末站，几辆新能源公交车正在充电。车队负责人说，今年车队全部换上了新能源车辆，乘车环境和舒适度都有了很大提升，车厢里还配备了爱心座椅和扶手。' },
      { kind: 'body', text: '智慧出行也让乘客候车更省心。在公交手机应用上，乘客可以实时查询车辆位置、到站时间和车厢拥挤程度。去年，这款应用的注册用户突破百万，日均查询量已经超过了五十万人次。' },
      { kind: 'body', text: '许多老年乘客也学会了用手机查公交，出门前先看一眼，车快到了再下楼。' },
      { kind: 'body', text: '在优化线网的同时，我市还开通了通学公交、通医公交和旅游专线，满足市民多样化的出行需求。去年冬天，一条连接城区和滑雪场的旅游专线开通后，周末客流量明显增加，还带动了沿线村镇民宿和农家乐的发展。' },
      { kind: 'body', text: '市交通运输局有关负责人表示，今年我市将继续推进公交优先发展，加快建设公交专用道，提高公交准点率，让群众出行更便捷。' },
    ]);
  });

  it('reads the page so', () => {
    const ls = measure(textToLines(lines(SHAPE)));
    const ev = pageEvidence(ls, runWidths(ls));
    expect(ev.blankIsParagraph).toBe(false);
    expect(ev.runsGoOn).toBe(true);
  });

  it('leaves to the scorer a page whose blank lines stand only where columns end (runs of five lines)', () => {
    const text = lines([
      '本报记者　林　溪',
      '',
      '记者从市交通运输局获悉，去年我市',
      '新开通和优化调整公交线路六十余条，',
      '新建公交候车亭三百多座，公交线网',
      '覆盖了全市所有行政村和主要景区。',
      '“村村通”公交让乡亲们出行更方便。',
      '',
      '在城西的一个公交首末站，几辆新能',
      '源公交车正在充电。车队负责人说，',
      '今年车队全部换上了新能源车辆。',
      '智慧出行也让乘客候车更省心。在公',
      '交手机应用上，乘客可以实时查询车',
      '',
      '辆位置、到站时间和车厢拥挤程度。',
      '去年，这款应用的注册用户突破百万。',
      '许多老年乘客也学会了用手机查公交，',
      '出门前先看一眼，车快到了再下楼。',
      '市交通运输局有关负责人表示，今年',
      '',
      '我市将继续推进公交优先发展，加快',
      '建设公交专用道，提高公交准点率，',
      '让群众出行更便捷。',
    ]);
    const ls = measure(textToLines(text));
    expect(unevenRuns(ls)).toBe(false);
    expect(pageEvidence(ls, runWidths(ls)).runsGoOn).toBeUndefined();
    // As before: the scorer keeps `…主要景区。` and `“村村通”…` apart.
    expect(reflowText(text)).toContainEqual({ kind: 'body', text: '“村村通”公交让乡亲们出行更方便。' });
  });

  it('asks one sentence ending short before a blank line, none inside a run, and four before blank lines', () => {
    expect(blanksEndSentences(1, 4, 0)).toBe(true);
    expect(blanksEndSentences(0, 4, 0)).toBe(false); // no paragraph ends short before a blank line: nothing says they mark paragraphs
    expect(blanksEndSentences(1, 4, 1)).toBe(false); // a paragraph ends short inside a run: blank lines do not mark them all
    expect(blanksEndSentences(1, 3, 0)).toBe(false); // too few sentence ends before blank lines to tell
  });

  it('does not read a page with subheadings between blank lines as one whose blank lines end paragraphs', () => {
    // Blank lines only where columns end and around the subheadings (the sentence ends before a subheading are not
    // counted): a paragraph ending on a full line inside a run is still the scorer's.
    const text = lines([
      '本报记者　林　溪',
      '',
      '记者从市交通运输局获悉，去年我市',
      '新开通和优化调整公交线路六十余条，',
      '公交线网覆盖了全市所有行政村。',
      '',
      '线网更密',
      '',
      '城乡公交一体化让乡亲们出行更方便。',
      '在城西的一个公交首末站，几辆新能',
      '源公交车正在充电，车队负责人说，',
      '',
      '今年车队全部换上了新能源车辆。',
      '',
      '出行更智',
      '',
      '智慧出行也让乘客候车更省心，在公',
      '交手机应用上可以实时查询车辆位置。',
      '',
      '服务更优',
      '',
      '去年，这款应用的注册用户突破百万。',
      '许多老年乘客也学会了用手机查公交。',
      '',
      '线路更活',
      '',
      '我市将继续推进公交优先发展，让群',
      '众出行更便捷。',
    ]);
    const ls = measure(textToLines(text));
    expect(pageEvidence(ls, runWidths(ls)).runsGoOn).toBeUndefined();
  });
});
