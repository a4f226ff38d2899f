// The rule the blind52 round added (lib/reflow/notice-end.ts `opensFieldRun`): on a page that indents its paragraphs, a notice's
// contact field set unindented after a finished sentence, with more closing lines after it, opens the notice's closing run.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { opensFieldRun } from '../../lib/reflow/notice-end';

const L = (text: string, indent = false): { text: string; indent: boolean } => ({ text, indent });

describe('a contact field after a finished sentence opens a notice\'s closing run (opensFieldRun)', () => {
  it('changes: an unindented field after a sentence end, a field, a signature or a date after it', () => {
    expect(opensFieldRun(true, L('欢迎广大适龄青年踊跃报名参军。', true), L('咨询电话：0579-82468013'), L('地址：金华市婺城区双溪西路88号'))).toBe(true);
    expect(opensFieldRun(true, L('敬请谅解。'), L('联系电话：0570-8881234'), L('衢州市水务集团有限公司'))).toBe(true);
    expect(opensFieldRun(true, L('特此通知。', true), L('联系人：王先生'), L('2026年11月19日'))).toBe(true);
  });
  it('leaves alone: a field after a clause mark, an indented one, one with nothing of the notice after it, a page that does not indent', () => {
    expect(opensFieldRun(true, L('如有疑问，请拨打', true), L('咨询电话：0579-82468013'), L('地址：金华市婺城区双溪西路88号'))).toBe(false);
    expect(opensFieldRun(true, L('敬请谅解。'), L('　　联系电话：0570-8881234', true), L('地址：衢州市'))).toBe(false);
    expect(opensFieldRun(true, L('敬请谅解。'), L('咨询电话：0579-82468013'), L('据了解，今年报名人数比去年多。'))).toBe(false);
    expect(opensFieldRun(true, L('敬请谅解。'), L('咨询电话：0579-82468013'), undefined)).toBe(false);
    expect(opensFieldRun(false, L('敬请谅解。'), L('咨询电话：0579-82468013'), L('地址：金华市婺城区双溪西路88号'))).toBe(false);
    expect(opensFieldRun(true, L('市民可以到现场咨询。'), L('记者从市征兵办获悉，今年'), L('地址：金华市'))).toBe(false);
  });
  it('parts a notice\'s last sentence from its contact lines in pre-wrapped text indented twenty wide', () => {
    const text = [
      '　　四、优待政策。义务兵服役期间，家庭按',
      '规定享受优待金，退役后按有关规定享受就业',
      '安置和教育资助政策。',
      '　　欢迎广大适龄青年踊跃报名参军。',
      '咨询电话：0579-82468013',
      '地址：金华市婺城区双溪西路88号',
      '金华市人民政府征兵办公室',
      '2026年11月19日',
    ].join('\n');
    const texts = reflowText(text).map((b) => b.text);
    expect(texts).toContain('欢迎广大适龄青年踊跃报名参军。');
    expect(texts).toContain('咨询电话：0579-82468013');
  });
});
