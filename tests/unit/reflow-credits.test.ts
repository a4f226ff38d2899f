// Bylines and credits in the forms the blind Founder pages showed (湖北日报, 大众日报, 四川日报,
// 长江日报, 光明网, county papers reprinting a provincial paper): always a byline, never a headline,
// and nothing that merely looks like one (a boxed subheading, a sentence about an editor) is taken
// for one.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isCreditLine, isRoleByline } from '../../lib/reflow/classify';

describe('byline and credit lines', () => {
  it.each([
    '文/图 记者 李媛 通讯员 张涛',
    '图/文 本报记者 王俞楠',
    '文字：记者 陈晓',
    '记者 陈晓 实习生 林嘉琪 通讯员 粤交宣',
    '□ 本报记者 顾敏',
    '□ 李明远',
    '■ 欧阳明 张三',
    '（作者系四川省社会科学院研究员）',
    '（作者单位：北京师范大学马克思主义学院）',
    '（原标题：宦溪头春茶提前开采）',
    '（本报记者 周萌 整理）',
    '来源：福建日报',
    '本文来源：光明日报',
    '编辑：张蕾',
    '责任编辑：王静',
    '审核：刘洁',
    '（据新华社北京2月10日电）',
    '（新华社北京2月10日电）',
    '（摘自《求是》2024年第10期）',
    '本报融媒体记者 王五',
    '融媒记者 王五 通讯员 赵六',
    '本报特派记者 孙七',
    '央视记者 张三',
    '中国青年报·中青在线记者 张三',
    '◎ 本报记者 张三',
    '撰文：张三',
  ])('reads %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(true);
  });

  it.each([
    '□ 新闻链接',
    '■ 相关阅读',
    '● 延伸阅读',
    '来源于群众的智慧，是改革的底气。',
    '编辑部的故事还在继续，记者走访了多个社区。',
    '（记者 王俞楠）',
    '作者系列讲座在市图书馆开讲',
    '（原标题见第3版。下同）',
    '（新华社北京2月10日电，记者刘艺说。）',
    '据新华社消息，今年以来全国铁路运输平稳有序。',
  ])('does not read %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(false);
  });

  it('tells credits from sentences about them', () => {
    expect(isCreditLine('（作者系浙江大学教授）')).toBe(true);
    expect(isCreditLine('审核：刘洁，校对：王敏。')).toBe(false);
  });
});

describe('credits around an article', () => {
  const body = [
    '县域是城乡融合发展的重要切入点。推进以县城为重要载体的城镇化建设，既要补齐公共服务短板，也要培育支撑县域发展的特色产业。',
    '只有把县城建设好，才能更好地发挥其连接城市、服务乡村的作用，为城乡融合发展注入持久动力。',
  ];

  it('gives a signed commentary its byline and its author note as bylines', () => {
    const text = ['□ 李明远', '', body[0], '', body[1], '', '（作者系四川省社会科学院研究员）'].join('\n');
    expect(reflowText(text, { punctuation: false })).toEqual([
      { kind: 'byline', text: '□ 李明远' },
      { kind: 'body', text: body[0] },
      { kind: 'body', text: body[1] },
      { kind: 'byline', text: '（作者系四川省社会科学院研究员）' },
    ]);
  });

  it('ends a headline run before a byline printed right under it', () => {
    const text = ['县城建设的新路子', '□ 本报记者 顾敏', '', body[0], '', body[1]].join('\n');
    const out = reflowText(text, { punctuation: false });
    expect(out.slice(0, 2)).toEqual([{ kind: 'heading', text: '县城建设的新路子' }, { kind: 'byline', text: '□ 本报记者 顾敏' }]);
  });

  it('keeps a reprint\'s original title and source lines out of the headlines', () => {
    const text = [body[0], '', '（原标题：宦溪头春茶提前开采）', '', '本文来源：福建日报', '', '编辑：张蕾'].join('\n');
    const out = reflowText(text, { punctuation: false });
    expect(out.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(out.slice(1).map((b) => b.kind)).toEqual(['byline', 'byline', 'byline']);
  });
});

describe('a column label built on a role (blind5: 记者手记 over a sidebar)', () => {
  it.each(['记者手记', '■记者观察', '【编者按】', '评论员观察'])('%s is no byline', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });

  it.each(['记者 手记明', '记者 丁一', '本报记者 林思远 通讯员 王浩'])('%s stays a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it('makes the label a heading of the sidebar it opens, after the main article\'s byline', () => {
    const blocks = reflowText('　　目前，38个小区已全部开工。\n\n（记者 丁一 通讯员 章华）\n\n记者手记\n\n“微更新”要更懂居民心\n\n　　采访中，不少居民提到，这次改造最大的不同，是“自己说了算”。');
    expect(blocks.find((b) => b.text === '记者手记')?.kind).toBe('heading');
  });
});
