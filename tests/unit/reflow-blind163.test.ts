// What the blind163 pages showed (tests/fixtures/pages/blind163-*, pages read by "Use Dubao on this page" on portals and
// government sites): a portal's byline inside its 作者 label (`作者：嘉兴日报记者　沈　琳`) or in its role-bar house style
// (`界面新闻记者 | 沈一鸣`) is a byline, no headline (lib/reflow/credit-leads.ts). Snippets written for these tests in the pages' shapes; the leave-alone cases keep what
// Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';
import { creditWithoutLead } from '../../lib/reflow/credit-leads';

const P1 = '6月9日，省政府办公厅印发若干措施，从市场准入、要素保障、融资支持等方面提出28条具体举措。';
const P2 = '省发展改革委相关负责人表示，下一步将会同有关部门抓好政策落地。';
const page = (first: string): string => [first, '', P1, '', P2].join('\n');
const BODY = [{ kind: 'body', text: P1 }, { kind: 'body', text: P2 }];

describe('a portal\'s byline inside a 作者 label or a role bar (blind163)', () => {
  it('gives 作者：<medium>记者 X as a byline over the paragraphs', () => {
    expect(reflowText(page('作者：嘉兴日报记者　沈　琳'))).toEqual([{ kind: 'byline', text: '作者：嘉兴日报记者　沈　琳' }, ...BODY]);
  });

  it('gives <medium>记者 | X as a byline over the paragraphs', () => {
    expect(reflowText(page('界面新闻记者 | 沈一鸣'))).toEqual([{ kind: 'byline', text: '界面新闻记者 | 沈一鸣' }, ...BODY]);
    for (const t of ['记者｜王　珏　李　想', '界面新闻记者 | 沈一鸣', '作者：本报记者　陆　健　通讯员　周　舟']) expect(isRoleByline(t)).toBe(true);
  });

  it('leaves alone a 作者 line that wraps no byline, a headline with a bar, and a sentence', () => {
    for (const t of ['作者：记者节里的一封信', '走近一线记者 | 他们的一天', '记者 | 今年全省新建保障房3万套，比去年增加两成。', '作者：记者采访了市里的三家企业。']) expect(isRoleByline(t)).toBe(false);
    expect(creditWithoutLead('记者从市交通局获悉，城乡公交票价统一为2元。')).toBeNull();
    expect(creditWithoutLead('作者：沈家骏')).toBeNull();
    expect(reflowText(page('记者 | 今年全省新建保障房3万套，比去年增加两成。'))[0]).toEqual({ kind: 'body', text: '记者 | 今年全省新建保障房3万套，比去年增加两成。' });
  });
});
