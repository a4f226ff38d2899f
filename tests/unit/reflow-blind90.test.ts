// The rules the blind90 round added (a third set of picture pages). lib/reflow/credit-captions.ts captionCutAbove (asked
// by lines-apart.ts creditUnderCaption): a print line of text and a photographer's credit (`游人徜徉其间。（…记者　X　摄）`,
// `机照片）。　记者　X　摄`) goes on the caption whose words the line end cut on the line above, a few unindented print
// lines of body left open (`…花灯次第亮起，`, `…大桥（无人`) or a caption opened by `图为` — where the line after it
// starts anew. lib/reflow/photo-run.ts inPhotoRun (asked by lines-apart.ts unindentedCaption): a photo page's last run —
// three pictures or more, one short element under each and nothing after but a credit alone — gives each its caption,
// indented or not.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import { captionCutAbove } from '../../lib/reflow/credit-captions';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const L = (text: string, indent = false) => ({ text, gap: 0, indent, afterMedia: false }) as Parameters<typeof captionCutAbove>[1];
// A 图片新闻 pre-wrapped sixteen wide, its paragraphs indented.
const BODY = ['　　本报讯　2月4日，瓯江北口大', '桥南引桥最后一片箱梁架设到位，', '大桥主体工程全线贯通。'];

describe('a caption\'s words cut by the line end above the line of its credit (captionCutAbove)', () => {
  it('changes: the caption first or last, cut after a comma, inside its bracket or mid-phrase', () => {
    expect(blocks(['2月4日晚，南湖湖滨区域的花灯次第亮起，', '游人徜徉其间。（延时摄影　记者　陆志强　摄）', ...BODY])).toEqual([
      'caption: 2月4日晚，南湖湖滨区域的花灯次第亮起，游人徜徉其间。（延时摄影　记者　陆志强　摄）',
      'body: 本报讯　2月4日，瓯江北口大桥南引桥最后一片箱梁架设到位，大桥主体工程全线贯通。',
    ]);
    expect(blocks([...BODY, '2月4日拍摄的瓯江北口大桥（无人', '机照片）。　记者　叶　挺　摄'])).toEqual([
      'body: 本报讯　2月4日，瓯江北口大桥南引桥最后一片箱梁架设到位，大桥主体工程全线贯通。',
      'caption: 2月4日拍摄的瓯江北口大桥（无人机照片）。　记者　叶　挺　摄',
    ]);
    expect(blocks([...BODY, '完工后的大桥主塔，桥下不时有货船', '驶过。记者　戚建卫　摄'])).toEqual([
      'body: 本报讯　2月4日，瓯江北口大桥南引桥最后一片箱梁架设到位，大桥主体工程全线贯通。',
      'caption: 完工后的大桥主塔，桥下不时有货船驶过。记者　戚建卫　摄',
    ]);
    expect(captionCutAbove({ kind: 'body', lines: [L('2月4日拍摄的瓯江北口大桥（无人')] }, L('机照片）。　记者　叶　挺　摄'), undefined)).toBe(true);
    expect(captionCutAbove({ kind: 'caption', lines: [L('图为书法家在天一广场为市民书写春')] }, L('联。　记者　唐　严　摄'), undefined)).toBe(true);
  });
  it('leaves alone: a finished sentence, an indented paragraph\'s start, a news brief, a 小标题, a whole caption between a paragraph\'s halves', () => {
    const credit = L('游人徜徉其间。（记者　陆志强　摄）');
    expect(captionCutAbove({ kind: 'body', lines: [L('南湖湖滨区域的花灯次第亮起。')] }, credit, undefined)).toBe(false);
    expect(captionCutAbove({ kind: 'body', lines: [L('　　南湖湖滨区域的花灯次第亮起，', true)] }, credit, undefined)).toBe(false);
    expect(captionCutAbove({ kind: 'body', lines: [L('本报讯　南湖湖滨区域的花灯亮起，')] }, credit, undefined)).toBe(false);
    expect(captionCutAbove({ kind: 'body', lines: [L('花灯映南湖')] }, credit, undefined)).toBe(false);
    expect(captionCutAbove({ kind: 'caption', lines: [L('南湖湖滨区域花灯')] }, credit, undefined)).toBe(false);
    const under = L('茶叶不容易晒伤，品质反而更');
    expect(captionCutAbove({ kind: 'body', lines: [L('“光伏板能给茶树遮阴，夏天')] }, L('溪龙乡“茶光互补”项目航拍。　通讯员　潘丽娟　摄'), under)).toBe(false);
    expect(blocks(['“光伏板能给茶树遮阴，夏天', '溪龙乡“茶光互补”项目航拍。　通讯员　潘丽娟　摄', '茶叶不容易晒伤，品质反而更', '好了。”茶农钱永明说。'])
      .filter((b) => b.startsWith('caption'))).toEqual(['caption: 溪龙乡“茶光互补”项目航拍。　通讯员　潘丽娟　摄']);
    expect(blocks([...BODY, '　　大桥全长约7.9公里，建成后', '机照片）。　记者　叶　挺　摄']).filter((b) => b.startsWith('caption'))).toEqual(['caption: 机照片）。　记者　叶　挺　摄']);
  });
});

describe('a photo page\'s last run of pictures, one short element under each (inPhotoRun)', () => {
  // Elements of a <p> per paragraph page: `under` marks one right under a picture.
  const E = (text: string, under = false) => ({ text, gap: 1, indent: /^\u3000/u.test(text), afterMedia: under });
  const kinds = (ls: ReturnType<typeof E>[]): string[] => reflowLines(ls).map((b) => `${b.kind}: ${b.text.trim()}`);
  const LEAD = E('　　春节将至，东浦古镇的船坞里格外忙碌。造船师傅和徒弟们赶制着几条新船。');
  const UNDER = ['陈阿根在船身上刷桐油，一条船要刷五六遍。', '徒弟用竹片编织船篷。', '新造好的乌篷船停靠在河埠头。'];
  it('changes: the short texts under three pictures, unindented after a byline and a lead, or indented, a credit last', () => {
    expect(kinds([E('记者　孟　洁　文　通讯员　钟　亮　摄'), LEAD, ...UNDER.map((t) => E(t, true))])).toEqual([
      'byline: 记者　孟　洁　文　通讯员　钟　亮　摄', 'body: 春节将至，东浦古镇的船坞里格外忙碌。造船师傅和徒弟们赶制着几条新船。', ...UNDER.map((t) => `caption: ${t}`),
    ]);
    expect(kinds([...UNDER.map((t) => E(`　　${t}`, true)), E('记者　袁　云　摄')])).toEqual([...UNDER.map((t) => `caption: ${t}`), 'caption: 记者　袁　云　摄']);
  });
  it('leaves alone: two pictures only, a paragraph under no picture after the run, a long element under a picture', () => {
    expect(kinds([LEAD, ...UNDER.slice(0, 2).map((t) => E(`　　${t}`, true))]).filter((b) => b.startsWith('caption'))).toEqual([]);
    expect(kinds([LEAD, ...UNDER.map((t) => E(`　　${t}`, true)), E('　　据了解，东浦古镇今年将新增乌篷船20条。')]).filter((b) => b.startsWith('caption'))).toEqual([]);
    const long = '　　王建林的手上布满了老茧。他说，竹编是慢功夫，篾片要劈得又薄又匀，手上的力道全靠几十年练出来。从劈篾到收口，一只竹篮要经过20多道工序，一天最多编两只。';
    expect(kinds([LEAD, E(long, true), ...UNDER.slice(1).map((t) => E(`　　${t}`, true))]).filter((b) => b.startsWith('caption'))).toEqual([]);
  });
});
