// The rules the blind116 round added. lib/reflow/county-items.ts `bracketLeadOpens` (asked in join-rule.ts): a 快讯
// column's next item opening with its place in 【】 — a town's name with its ending or a county's name with none
// (`【衢江】…`) — opens anew where the paragraph before it, read whole, closes with the brief's credit in brackets, the
// credit's bracket cut by the line end or not (`…意向。（通讯员　沈佳琪` / `）` / `【益农镇】…`).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { bracketLeadOpens } from '../../lib/reflow/county-items';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a 快讯 item led by its place in 【】 after the credit that closes the item before it (bracketLeadOpens)', () => {
  it('changes: a bracketed place after a paragraph closed by its credit, the credit cut by the line end or not', () => {
    expect(bracketLeadOpens('）', '【益农镇】益农镇近日启动农村', '…当天有180多名村民达成就业意向。（通讯员　沈佳琪）')).toBe(true);
    expect(bracketLeadOpens('讯员　徐　倩）', '【衢江】衢江区首批“共富果园”', '…43项高频事项。（通讯员　徐　倩）')).toBe(true);
    expect(bracketLeadOpens('亩。（记者　祝　蕾）', '【江山】江山市“村播学院”开班', '…新建和改造农田1.5万亩。（记者　祝　蕾）')).toBe(true);
  });
  it('leaves alone: a bracketed label inside a sentence, after a comma, after a credit that is no reporter\'s, a head alone', () => {
    expect(bracketLeadOpens('村民们说，', '【衢江】衢江区首批', '…村民们说，')).toBe(false);
    expect(bracketLeadOpens('（图片由景区提供）', '【江山】江山市', '…开放。（图片由景区提供）')).toBe(false);
    expect(bracketLeadOpens('（通讯员　徐　倩）', '【说法】', '…事项。（通讯员　徐　倩）')).toBe(false);
    expect(bracketLeadOpens('（通讯员　徐　倩', '【江山】江山市', '…事项。（通讯员　徐　倩')).toBe(false);
  });
  // Print lines plain fifteen wide, nothing at an item's end (the 衢州日报 <p> per print line shape, read as lines).
  const page = ['【柯城】3月16日，柯城区“衢州有', '礼”市民驿站新增10处便民服务点', '，可办理社保查询等43项高频事', '项。（通讯员　徐', '　倩）',
    '【衢江】衢江区首批“共富果园”', '认养活动启动，城区市民可认养椪', '柑树、胡柚树。（通讯员　郑家豪）', '【龙游】龙游县完成今年第一批高',
    '标准农田建设项目招标，新建和改', '造农田1.5万亩。（记者　祝　蕾）', '【江山】江山市“村播学院”开班，', '60余名农村青年学习短视频拍摄。'].join('\n');
  it('gives each item its own paragraph in such a page, the first credit cut over two lines', () => {
    expect(blocks(page)).toEqual([
      // The name is printed letter-spaced (`徐　倩`), the line end falling before its space: the space is kept (lib/reflow/credit-space.ts
      // opensInCreditSpace; until blind152's round it was dropped as an indentation and the name read `徐倩`).
      'body: 【柯城】3月16日，柯城区“衢州有礼”市民驿站新增10处便民服务点，可办理社保查询等43项高频事项。（通讯员　徐　倩）',
      'body: 【衢江】衢江区首批“共富果园”认养活动启动，城区市民可认养椪柑树、胡柚树。（通讯员　郑家豪）',
      'body: 【龙游】龙游县完成今年第一批高标准农田建设项目招标，新建和改造农田1.5万亩。（记者　祝　蕾）',
      'body: 【江山】江山市“村播学院”开班，60余名农村青年学习短视频拍摄。',
    ]);
  });
});
