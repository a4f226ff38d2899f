// The learned scorer of unquoted policy compounds (scripts/lib/term-scorer.ts), tried as a kind of
// the jargon detector and not kept (assets/glossary/README.md): its candidates, its scores on
// compounds it was not trained on and on ordinary ones, and the determinism of its training.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../lib/dict';
import { candidates, features, segmentRun } from '../../scripts/lib/term-features';
import { learnedMatches } from '../../scripts/lib/term-scorer';
import { trainScorer, type Example } from '../../scripts/lib/term-scorer-training';

const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);
const spans = (text: string): string[] => candidates(text, isWord).map((c) => text.slice(c.start, c.end));

describe('candidates', () => {
  it('takes two to four words of a Han run, ending in a word', () => {
    expect(segmentRun('异地就医备案', isWord)).toEqual(['异地', '就医', '备案']);
    expect(spans('办理异地就医备案')).toContain('异地就医备案');
    // A function character alone (的, 在) is never inside a candidate.
    expect(spans('他在家里看书的时候')).toEqual(['家里看书']);
  });

  it('has none without a dictionary, and asks the same questions whatever the answers', () => {
    expect(candidates('推进城乡公交一体化建设', () => false)).toEqual([]);
    const asked = (answer: boolean): string[] => {
      const qs: string[] = [];
      candidates('推进城乡公交一体化建设', (w) => (qs.push(w), answer));
      return qs.sort();
    };
    expect(asked(true)).toEqual(asked(false));
  });
});

describe('scores', () => {
  it('marks policy compounds it was not trained on (development-set spans the glossary lacks)', () => {
    expect(learnedMatches('开展民生计量专项检查', isWord).map((m) => m.term)).toEqual(['民生计量专项检查']);
    expect(learnedMatches('发行再融资债券', isWord).map((m) => m.term)).toEqual(['再融资债券']);
  });

  it('leaves ordinary compounds and sentences alone', () => {
    expect(learnedMatches('加快基础设施建设', isWord)).toEqual([]);
    expect(learnedMatches('城东新建一座体育公园', isWord)).toEqual([]);
    expect(learnedMatches('工作人员上门核对信息', isWord)).toEqual([]);
  });

  it('leaves a span that another mark already takes', () => {
    const text = '开展民生计量专项检查';
    expect(learnedMatches(text, isWord, [{ start: 2, end: 4 }])).toEqual([]);
  });
});

describe('training', () => {
  const ex = (text: string, label: 0 | 1): Example => ({ text, pieces: segmentRun(text, isWord), label });
  const pos = ['异地就医备案', '医保基金监管', '基层治理体系', '数字乡村建设', '养老服务体系', '社会救助体系', '城乡融合发展', '产业振兴计划'].map((t) => ex(t, 1));
  const neg = ['北方城市居民', '古代历史人物', '冬季气温偏低', '河流上游地区', '英国作家小说', '欧洲国家首都', '火车站附近', '老师学生家长', '电影明星照片', '音乐会门票'].map((t) => ex(t, 0));

  it('gives the same weights and threshold on the same examples', () => {
    const a = trainScorer(pos, neg, features);
    const b = trainScorer(pos, neg, features);
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.threshold).toBe(b.threshold);
    expect(a.weights.size).toBeGreaterThan(0);
  });
});
