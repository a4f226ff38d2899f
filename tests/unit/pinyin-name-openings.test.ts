// Names the reader reads by kind of use (lib/pinyin/person-names.ts and ./names.ts, twenty-third
// set): a full name opening a sentence before 是 / 与 / 率 / 笔名 … (单 shàn, 解 xiè, 仇 qiú, 查 zhā,
// 盖 gě, 缪 miào, 朴 piáo, 召 shào, 繁 pó), a name after more role words (棋手, 航天员, 宰相 …), the
// Zhou lords 召公 / 召伯 shào, and place names (浒墅关 xǔ, 解州 xiè, Cantonese 涌 chōng before a place
// word). Hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian
// (7th ed.). Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('names read by kind of use', () => {
  it.each([
    ['单国华是县里第一位女厂长', '单', 'shàn'],
    ['解振东与妻子一起经营这家面馆', '解', 'xiè'],
    ['仇远字仁近，号山村', '仇', 'qiú'],
    ['查士标号梅壑，是清初画家', '查', 'zhā'],
    ['繁钦、应玚都是建安时期的文人', '繁', 'pó'],
    ['围棋名将中，棋手朴文尧以厚实著称', '朴', 'piáo'],
    ['唐代宰相解琬的奏疏流传至今', '解', 'xiè'],
    ['召伯巡行南国，听讼于甘棠树下', '召', 'shào'],
    ['客船每天从葵涌开出', '涌', 'chōng'],
    ['游客在大涌村的祠堂前合影', '涌', 'chōng'],
    ['解州盐池是古代重要的产盐地', '解', 'xiè'],
  ])('reads %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['单靠一家企业是不够的', '单', 'dān'],
    ['解决办法是先修路', '解', 'jiě'],
    ['查处的是一批无证摊点', '查', 'chá'],
    ['盖章后，材料即可提交', '盖', 'gài'],
    ['繁华与喧嚣过后，小镇归于平静', '繁', 'fán'],
    ['召开会议是为了统一思想', '召', 'zhào'],
    ['会后，召公司中层开了个短会', '召', 'zhào'],
    ['人群向东涌去', '涌', 'yǒng'],
    ['潮水涌进了码头', '涌', 'yǒng'],
    ['工作组了解州里的情况', '解', 'jiě'],
  ])('leaves %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
