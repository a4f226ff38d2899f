// The rule the blind120 round added. lib/reflow/traditional-roles.ts (asked in isRoleByline, classify.ts): a byline
// printed in traditional characters (`記者　陳嘉敏`, `本報記者　X`, `通訊員`, `實習生`, `評論員`) is read as its simplified
// twin, so every byline form the patterns know reads in traditional characters too; the names stay as printed.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';
import { foldRoleWords } from '../../lib/reflow/traditional-roles';

describe('a byline in traditional characters (foldRoleWords in isRoleByline)', () => {
  it('changes: a role and names in traditional characters are a byline', () => {
    expect(isRoleByline('記者　陳嘉敏')).toBe(true);
    expect(isRoleByline('本報記者　黃偉倫　通訊員　李　明')).toBe(true);
    expect(isRoleByline('記者　何嘉欣　實習生　周　穎')).toBe(true);
  });
  it('leaves alone: a sentence, a headline or a column label holding 記者, and a line with no role', () => {
    expect(isRoleByline('記者昨日走訪了多個社區，了解居民的需要。')).toBe(false);
    expect(isRoleByline('記者手記')).toBe(false);
    expect(isRoleByline('記者會／報導')).toBe(false);
    expect(isRoleByline('團體促加快「上樓」')).toBe(false);
    expect(isRoleByline('簡約公屋陸續入伙')).toBe(false);
  });
  it('folds the role words\' characters only (a sentence\'s 報 and 評 too, for reading), keeping the line\'s length and its names', () => {
    expect(foldRoleWords('本報記者　陳嘉敏　通訊員　劉國權')).toBe('本报记者　陳嘉敏　通讯员　劉國權');
    expect(foldRoleWords('陳嘉敏')).toBe('陳嘉敏');
    expect(foldRoleWords('記者　陳嘉敏').length).toBe('記者　陳嘉敏'.length);
    expect(foldRoleWords('報告指出，評估工作已完成。')).toBe('报告指出，评估工作已完成。');
  });
  const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  it('takes such a byline, alone first over print lines plain thirteen wide, for a byline, not a paragraph', () => {
    const page = ['記者　梁振邦', '港鐵公司昨日表示，觀塘線延', '線工程進入最後階段，新增的', '車站預計年底啟用，屆時一帶', '約五萬名居民步行數分鐘即可', '到達車站。', '區議員則建議港鐵在車站開通', '前，與運輸署研究重組區內巴', '士路線。'].join('\n');
    expect(blocks(page)).toEqual([
      'byline: 記者　梁振邦',
      'body: 港鐵公司昨日表示，觀塘線延線工程進入最後階段，新增的車站預計年底啟用，屆時一帶約五萬名居民步行數分鐘即可到達車站。',
      'body: 區議員則建議港鐵在車站開通前，與運輸署研究重組區內巴士路線。',
    ]);
  });
  it('takes such a byline, alone first before indented paragraphs, for a byline, not a heading', () => {
    const page = ['記者　陳嘉敏', '', '　　房屋局昨日公布最新數字，一般申請者的公屋平均輪候時間為五年。', '', '　　當局預計，未來五年可建成約十七萬個公營房屋單位。'].join('\n');
    expect(blocks(page)).toEqual([
      'byline: 記者　陳嘉敏',
      'body: 房屋局昨日公布最新數字，一般申請者的公屋平均輪候時間為五年。',
      'body: 當局預計，未來五年可建成約十七萬個公營房屋單位。',
    ]);
  });
});
