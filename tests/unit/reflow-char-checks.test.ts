// The character checks the line-wrap repair makes before (or instead of) a pattern must answer as
// the pattern does: each is compared with the pattern it stands for, over every code unit of the
// Basic Multilingual Plane or over lines of both kinds (ordinary sentences the checks must let pass).
import { describe, expect, it } from 'vitest';
import { endsIn, firstChar, firstCode, isWhiteCode, lastChar, lastCode, mayBeNameList } from '../../lib/reflow/chars';
import { isLatin, proseJoin } from '../../lib/reflow/latin-text';
import { hasIndent } from '../../lib/reflow/lines';
import { markOf } from '../../lib/reflow/marked-items';
import { endsAnswerBlank, isUnitNote, nextArabicItem, pictureNumber } from '../../lib/reflow/set-apart';
import { isRoleByline } from '../../lib/reflow/classify';
import { isNameListLine } from '../../lib/reflow/signed-names';
import { isClosingFormula, isFieldLine, isSignatureLine } from '../../lib/reflow/notice-lines';
import { trimmedLastCode } from '../../lib/reflow/chars';
import { endsInSemicolon } from '../../lib/reflow/colon-items';
import { CREDIT_TAIL, mayEndInCredit } from '../../lib/reflow/credit-captions';
import { markedUnquoted } from '../../lib/reflow/lines-apart';
import { DATED_END, mayEndDated } from '../../lib/reflow/notice-parts';
import { ENDS_PART, endsPart } from '../../lib/reflow/notice-signers';

const everyUnit = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
const SENTENCES = ['近日，记者从医保萧山分局了解', '到，我区积极推进“医银合作”新模', '设置52个“医银合作”网点。', 'The quick brown fox,', '　　据悉，该网点于'];

describe('character checks agree with their patterns', () => {
  it('isWhiteCode is \\s', () => {
    const bad = everyUnit.filter((ch) => isWhiteCode(ch.charCodeAt(0)) !== /\s/u.test(ch));
    expect(bad).toEqual([]);
  });

  it('hasIndent is the indentation pattern for every first character', () => {
    const INDENT = /^(?:[\u3000\u00a0]|\s{2,})/u;
    const bad = everyUnit.flatMap((ch) => [`${ch}x`, `${ch} x`, `${ch}\u3000x`]).filter((t) => hasIndent(t) !== INDENT.test(t));
    expect(bad).toEqual([]);
    expect(hasIndent('　　据悉')).toBe(true);
    expect(hasIndent('据悉，该网点')).toBe(false);
  });

  it('isLatin is one ASCII letter; lastCode and firstCode are lastChar and firstChar', () => {
    expect(everyUnit.filter((ch) => isLatin(ch) !== /^[A-Za-z]$/.test(ch))).toEqual([]);
    expect(isLatin('ab')).toBe(false);
    for (const t of [...SENTENCES, '', '  ', 'abc ', ' 𠀀字', '字𠀀 ', '\u0001']) {
      expect(lastCode(t)).toBe(lastChar(t) === '' ? -1 : lastChar(t).charCodeAt(lastChar(t).length - 1));
      expect(firstCode(t)).toBe(firstChar(t) === '' ? -1 : firstChar(t).charCodeAt(0));
    }
  });

  it('endsIn is a class anchored at the end', () => {
    for (const t of [...SENTENCES, '', '公告如下：', 'a:', '日', '𠀀']) {
      expect(endsIn(t, '：:')).toBe(/[：:]$/u.test(t));
      expect(endsIn(t, '；;。：:')).toBe(/[；;。：:]$/u.test(t));
    }
  });

  it('markOf and pictureNumber read the first character as their patterns did', () => {
    const bad = everyUnit.filter((ch) => markOf(` ${ch}文字`) !== (/^[■□●▲△◆◇★☆◎]/u.exec(`${ch}文字`.trim())?.[0] ?? null));
    expect(bad).toEqual([]);
    const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
    expect(everyUnit.filter((ch) => pictureNumber(`${ch}图`) !== circled.indexOf(ch) + 1)).toEqual([]);
    expect(pictureNumber('③市民在网点办理业务')).toBe(3);
    expect(pictureNumber('近日，记者从医保萧山分局了解')).toBe(0);
  });

  it('the line tests still answer both ways', () => {
    expect(isFieldLine('联系电话：0571-82345678')).toBe(true);
    expect(isFieldLine('电话里，她说')).toBe(false);
    expect(isUnitNote('金额单位：万元')).toBe(true);
    expect(isUnitNote('单位：元/500克')).toBe(true);
    expect(isUnitNote('多家单位：参与了活动，效果很好。')).toBe(false);
    expect(isClosingFormula('特此通告。')).toBe(true);
    expect(isClosingFormula('特此通告全体居民，')).toBe(false);
    expect(endsAnswerBlank('下列哪个机关是（　）')).toBe(true);
    expect(endsAnswerBlank('设置52个网点（全区）')).toBe(false);
    expect(nextArabicItem(' 1.新建农村公路', '2.改造危桥')).toBe(true);
    expect(nextArabicItem('新建农村公路1.', '2.改造危桥')).toBe(false);
    expect(isSignatureLine('临平区市场监督管理局')).toBe(true);
    expect(isSignatureLine('会议听取了县农业农村局')).toBe(false);
    expect(isRoleByline('人民日报记者 李心萍')).toBe(true);
    expect(isRoleByline('■记者盛凤琴通讯员许慧君')).toBe(true);
    expect(isRoleByline(SENTENCES[0] as string)).toBe(false);
    expect(proseJoin('the counties,', 'using')).toBe(' ');
    expect(proseJoin('近日，记者从医保萧山分局了解', 'using')).toBeUndefined();
  });

  it('mayBeNameList lets through every character a name may hold and no run of five', () => {
    // Any other character stays in a name after the join and the split, and fails the name pattern.
    const NAME_UNIT = /^[\u4e00-\u9fff·]$/u;
    const bad = everyUnit.filter((ch) => mayBeNameList(`叶建平　毛${ch}勇　刘国富`) !== (NAME_UNIT.test(ch) || ch === ' ' || ch === '\u3000'));
    expect(bad).toEqual([]);
    expect(mayBeNameList('叶建平　毛　勇　刘国富　吴志强　周丽娟')).toBe(true);
    expect(mayBeNameList('欧阳娜娜 毛 勇 刘国富')).toBe(true);
    expect(mayBeNameList('叶建平　欧阳娜娜娜')).toBe(false);
    expect(mayBeNameList('叶建平　毛勇　刘国富𠀀')).toBe(false);
    // isNameListLine answers as before on list lines and on the lines the check turns away.
    expect(isNameListLine('叶建平　毛　勇　刘国富　吴志强　周丽娟')).toBe(true);
    expect(isNameListLine('季美华　徐　斌')).toBe(false);
    expect(isNameListLine('徐　斌', 1)).toBe(true);
    expect(isNameListLine('叶建平　毛　勇　刘国富，吴志强')).toBe(false);
    expect(isNameListLine('广州市区域 打造湾区')).toBe(false);
    for (const t of SENTENCES) expect(isNameListLine(t, 1)).toBe(false);
  });

  it('the end-of-line checks read before a pattern answer as the pattern (every code unit last, white space after it or not)', () => {
    const endings = everyUnit.flatMap((ch) => [`记者　王　伟　${ch}`, `${ch}`, `至1月9${ch}　`, `${ch}\u2003`]);
    for (const t of endings) {
      const trimmed = t.trim();
      expect(trimmedLastCode(t)).toBe(trimmed === '' ? -1 : trimmed.charCodeAt(trimmed.length - 1));
      if (endsInSemicolon(t) !== /[；;][\s\u3000]*$/u.test(t)) expect.fail(`endsInSemicolon ${JSON.stringify(t)}`);
      // A prefilter may let through what its pattern then refuses, never refuse what the pattern takes.
      if (CREDIT_TAIL.test(t.trimEnd()) && !mayEndInCredit(trimmedLastCode(t))) expect.fail(`mayEndInCredit ${JSON.stringify(t)}`);
      if (DATED_END.test(trimmed) && !mayEndDated(t)) expect.fail(`mayEndDated ${JSON.stringify(t)}`);
      if (trimmed !== '' && endsPart(trimmed) !== ENDS_PART.test(trimmed)) expect.fail(`endsPart ${JSON.stringify(t)}`);
    }
    expect(endsInSemicolon('任命林志强为浙江省科学技术厅厅长；　')).toBe(true);
    expect(mayEndInCredit(trimmedLastCode('绿道上跑步。记者　陈　旭　摄'))).toBe(true);
    expect(mayEndDated('展示时间：2027年1月8日至1月9日')).toBe(true);
    expect(endsPart('举报电话：0573-12380')).toBe(true);
    expect(endsPart('如有疑问，请咨询')).toBe(false);
  });

  it('markedUnquoted is PUNCT_MARK of the line with its quoted words bare', () => {
    const PUNCT_MARK = /[，,。．！？!?；;、：:（()）“”‘’《》—…·]/u;
    const unquoted = (text: string): string => text.replace(/“([^“”\p{P}]{1,10})”/gu, '$1');
    const lines = [...SENTENCES, '鹿城发放首批“安居券”', '从“卖布”到“卖设计”', '“好。”他说', '航线加密到每晚6班', '“安居券”', '”', '“', '“十个字以上的很长很长的词语”', '小事不出网格'];
    for (const base of lines) for (const ch of everyUnit) {
      const t = `${base}${ch}`;
      if (markedUnquoted(t) !== PUNCT_MARK.test(unquoted(t))) expect.fail(`markedUnquoted ${JSON.stringify(t)}`);
    }
    expect(markedUnquoted('鹿城发放首批“安居券”')).toBe(false);
    expect(markedUnquoted('“好。”他说')).toBe(true);
  });
});
