// A quoted name after 设为 or 定为 (lib/glossary/detect.ts, NAMING): a day or a place designated as
// a programme's name is a coinage to explain (每周三设为“无作业日”), as after 改造为; a bare 为 or 称为 before the
// quotes still gives a name and leaves it unmarked (tests/fixtures/glossary-dev95/README.md).
import { describe, expect, it } from 'vitest';
import { detectJargon } from '../../lib/glossary/detect';

const words = new Set(['书虫', '开心果', '静音']);
const terms = (text: string): string[] => detectJargon(text, [], (w) => words.has(w)).map((d) => d.term);

describe('a quoted name after 设为 or 定为', () => {
  it('marks the designated name', () => {
    expect(terms('学校每周三设为“无作业日”，学生放学后参加体育锻炼。')).toEqual(['无作业日']);
    expect(terms('学校把每周三设为“无作业日”。')).toEqual(['无作业日']);
    expect(terms('县里把每年九月定为“尊师重教月”。')).toEqual(['尊师重教月']);
  });

  it('still leaves a name being given unmarked', () => {
    expect(terms('学校每周三为“无作业日”，学生放学后参加体育锻炼。')).toEqual([]);
    expect(terms('他被同学们称为“小书虫”。')).toEqual([]);
    expect(terms('大家都叫她“开心果”。')).toEqual([]);
    expect(terms('妈妈把手机铃声设为“静音”。')).toEqual([]);
  });
});
