// A designation noun right after a glossary term is taken into the match (lib/glossary/heads.ts,
// lib/glossary/matcher.ts): the underline covers the name the article prints, the card stays the term's.
import { describe, expect, it } from 'vitest';
import { headAt } from '../../lib/glossary/heads';
import { buildMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/types';

const entry = (id: string, term: string): GlossaryEntry =>
  ({ id, term, variants: [], category: 'economy', scope: 'national', gloss: id, zh: term, en: id, source: 'test' }) as unknown as GlossaryEntry;
const m = buildMatcher([entry('night', '夜间经济'), entry('future', '未来社区'), entry('pilot', '试点工作')]);
const spans = (text: string): [string, string][] => m.match(text).map((x) => [x.id, text.slice(x.start, x.end)]);

describe('headAt', () => {
  it('gives the length of the longest designation noun at the offset, within the limit', () => {
    expect(headAt('夜间经济集聚区5个', 4, 10)).toBe(3);
    expect(headAt('推进示范基地建设', 2, 8)).toBe(4);
    expect(headAt('推进示范基地建设', 2, 5)).toBe(0);
  });

  it('gives 0 where the noun starts a longer word or is absent', () => {
    expect(headAt('集聚区域', 0, 4)).toBe(0);
    expect(headAt('基地化', 0, 3)).toBe(0);
    expect(headAt('发展', 0, 2)).toBe(0);
  });
});

describe('matches with a designation noun after them', () => {
  it('cover the whole name and keep the entry of the term', () => {
    expect(spans('培育夜间经济集聚区5个，开展未来社区试点。')).toEqual([
      ['night', '夜间经济集聚区'],
      ['future', '未来社区试点'],
    ]);
  });

  it('cover a closing quote and the noun after it', () => {
    expect(spans('打造“夜间经济”示范区')).toEqual([['night', '“夜间经济”示范区']]);
  });

  it('stop where another match starts, at the clause end, and before a longer word', () => {
    expect(spans('未来社区试点工作')).toEqual([
      ['future', '未来社区'],
      ['pilot', '试点工作'],
    ]);
    expect(spans('发展夜间经济，试点先行')).toEqual([['night', '夜间经济']]);
    expect(spans('夜间经济集聚区域')).toEqual([['night', '夜间经济']]);
  });
});

describe('matches with a work, policy or channel noun after them', () => {
  const c = buildMatcher([entry('shuangjian', '双减'), entry('dibao', '低保'), entry('zlb', '浙里办'), entry('zzd', '浙政钉'), entry('xiangxian', '乡贤')]);
  const cs = (text: string): [string, string][] => c.match(text).map((x) => [x.id, text.slice(x.start, x.end)]);

  it('cover the noun: 双减工作, 低保政策, 浙里办小程序, 浙政钉APP (the term keeps its card)', () => {
    expect(cs('区里召开双减工作推进会，调整低保政策。')).toEqual([
      ['shuangjian', '双减工作'],
      ['dibao', '低保政策'],
    ]);
    expect(cs('通过浙里办小程序查询，用浙政钉APP处理公文。')).toEqual([
      ['zlb', '浙里办小程序'],
      ['zzd', '浙政钉APP'],
    ]);
  });

  it('leave the noun out where it starts a longer word or name: 工作室, 工作人员, 政策性, 建设银行, app后的字母', () => {
    expect(cs('乡贤工作室里，低保工作人员在核对材料。')).toEqual([
      ['xiangxian', '乡贤'],
      ['dibao', '低保'],
    ]);
    expect(cs('双减政策性文件')).toEqual([['shuangjian', '双减']]);
    expect(cs('浙里办apple')).toEqual([['zlb', '浙里办']]);
  });

  it('take nothing into a sentence without a term', () => {
    expect(cs('他连续三年被评为先进工作者，工作平台也换了。')).toEqual([]);
  });

  it('cover a fund or an index named on a term: 共富基金, 共富指数 (dev83), and leave a longer word or a sentence without a term alone', () => {
    const f = buildMatcher([entry('gongfu', '共富'), entry('dibao', '低保')]);
    const fs = (text: string): [string, string][] => f.match(text).map((x) => [x.id, text.slice(x.start, x.end)]);
    expect(fs('区里设立共富基金，省里发布共富指数。')).toEqual([
      ['gongfu', '共富基金'],
      ['gongfu', '共富指数'],
    ]);
    expect(fs('低保基金专户')).toEqual([['dibao', '低保基金']]);
    expect(fs('共富指数型产品')).toEqual([['gongfu', '共富']]);
    expect(fs('推进共富，基金投向实业。')).toEqual([['gongfu', '共富']]);
    expect(fs('他买了一只指数基金。')).toEqual([]);
  });
});

describe('matches with a level word before them', () => {
  const l = buildMatcher([entry('gaoxin', '高新区'), entry('yigongti', '医共体'), entry('future', '未来社区')]);
  const ls = (text: string): [string, string][] => l.match(text).map((x) => [x.id, text.slice(x.start, x.end)]);

  it('cover the level word: 国家级高新区, 紧密型医共体, 省级“未来社区”', () => {
    expect(ls('升格为国家级高新区，组建紧密型医共体，新增省级“未来社区”5个。')).toEqual([
      ['gaoxin', '国家级高新区'],
      ['yigongti', '紧密型医共体'],
      ['future', '省级“未来社区”'],
    ]);
  });

  it('leave out a level word that ends a longer word or stands before another word', () => {
    expect(ls('超大城市级高新区')).toEqual([['gaoxin', '高新区']]);
    expect(ls('省级财政支持高新区')).toEqual([['gaoxin', '高新区']]);
  });
});
