// The rule the blind139 round added, in lib/reflow/segment.ts beside the dashed subtitle's rule: a subtitle opening with
// `——`, an element of its own right under the byline that opens the body (nothing but bylines and headings before it),
// is a heading, as it was right under a heading or first in the body. A dashed item after a paragraph, a dashed line
// that is a sentence, and a dashed line under a byline that follows a paragraph are left as they were.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a dashed subtitle under the byline that opens the body', () => {
  it('changes: the subtitle under a byline alone first is a heading, the paragraphs after it whole', () => {
    const page = ['贵州日报天眼新闻记者　杨　茜　罗　钰', '', '——湄潭县推进茶产业数字化转型见闻', '',
      '　　初冬时节，湄潭县兴隆镇的万亩茶海依旧青翠。茶园里，传感器实时采集着土壤温湿度和虫情数据。', '',
      '　　目前，湄潭县已建成数字茶园12万亩，实现茶园生产全过程可追溯。'];
    expect(blocks(page.join('\n'))).toEqual([
      'byline: 贵州日报天眼新闻记者　杨　茜　罗　钰',
      'heading: ——湄潭县推进茶产业数字化转型见闻',
      'body: 初冬时节，湄潭县兴隆镇的万亩茶海依旧青翠。茶园里，传感器实时采集着土壤温湿度和虫情数据。',
      'body: 目前，湄潭县已建成数字茶园12万亩，实现茶园生产全过程可追溯。',
    ]);
  });
  it('changes: under 本报记者 and 通讯员 alone first, a ——记… subtitle is a heading', () => {
    const page = ['本报记者　马　楠　通讯员　杨　帆', '', '——记贺兰山东麓一位酿酒师', '',
      '　　冬日的贺兰山东麓，葡萄藤已经埋土越冬，一座座酒庄的酒窖里，新酒正在橡木桶中静静陈酿。'];
    expect(blocks(page.join('\n'))[1]).toBe('heading: ——记贺兰山东麓一位酿酒师');
  });
  it('leaves alone: a dashed item after a paragraph, and a dashed sentence under the byline', () => {
    const items = ['本报记者　韩　锋', '', '　　全省将重点做好三方面工作：', '', '——建设一批标准化生产基地，推广绿色种植技术；', '',
      '——拓展线上线下销售渠道，打响农产品品牌。'];
    expect(blocks(items.join('\n')).filter((b) => b.startsWith('heading'))).toEqual([]);
    const sentence = ['本报记者　韩　锋', '', '——这是记者在基层采访时听到最多的一句话，群众说得实在，干部听得明白。', '',
      '　　今年以来，全省各地持续推进民生实事项目建设。'];
    expect(blocks(sentence.join('\n')).filter((b) => b.startsWith('heading'))).toEqual([]);
  });
  it('leaves alone: a dashed line under a byline that follows a paragraph', () => {
    const page = ['　　全省今年新建和改造提升社区健身中心12个。', '', '本报记者　韩　锋', '', '——数字茶园调查', '',
      '　　初冬时节，湄潭县兴隆镇的万亩茶海依旧青翠。'];
    expect(blocks(page.join('\n')).filter((b) => b.startsWith('heading'))).toEqual([]);
  });
});
