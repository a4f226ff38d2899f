// The rule the blind92 round added (an ordinary week of 嘉兴日报 and 南湖晚报). lib/reflow/caption-run.ts captionsOverSigned
// (asked last in segment-steps.ts markPhotoCaptions): a 图片新闻's or 组图's captions printed as a run, only the last one
// signed by its photographer's credit — at the text's start or after another caption, each one print line of one or
// two finished sentences set apart by an empty line and wider than the text's print column (a caption is set to its
// picture's width) — are captions, not one-sentence paragraphs.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const SIGNED = '农户在晾晒刚收下的小麦。（记者　金　晶　摄）';
const BODY = ['　　本报讯　眼下，全市26万亩小麦陆续进', '入收割期。在王江泾镇的一片麦田里，两', '台联合收割机来回作业。', '　　为确保颗粒归仓，各地共调配联合收', '割机1100余台，做到“随收随烘”。'];

describe('a run of captions over the one that signs them (captionsOverSigned)', () => {
  it('changes: one unsigned caption, then the signed one, then the article', () => {
    expect(blocks(['5月13日，在秀洲区王江泾镇，收割机在麦田里来回穿梭。', '', SIGNED, '', ...BODY])).toEqual([
      'caption: 5月13日，在秀洲区王江泾镇，收割机在麦田里来回穿梭。',
      'caption: 农户在晾晒刚收下的小麦。（记者　金　晶　摄）',
      'body: 本报讯　眼下，全市26万亩小麦陆续进入收割期。在王江泾镇的一片麦田里，两台联合收割机来回作业。',
      'body: 为确保颗粒归仓，各地共调配联合收割机1100余台，做到“随收随烘”。',
    ]);
  });
  it('changes: three unsigned captions of a 组图 over the signed fourth, over the article', () => {
    const out = blocks(['12月25日，嘉兴南湖景区，游客在湖心岛前拍摄雪景。', '', '南湖畔的红船静泊湖面，岸边的柳枝挂满了冰凌。', '',
      '12月25日，环卫工人在南湖大道上清扫积雪。', '', '孩子们在公园里堆雪人。（记者　陆志强　摄）', '', ...BODY]);
    expect(out.slice(0, 4).every((b) => b.startsWith('caption: '))).toBe(true);
    expect(out.slice(4).every((b) => b.startsWith('body: '))).toBe(true);
  });
  it('leaves alone: a one-sentence paragraph after the article\'s body, before a signed caption', () => {
    const out = blocks([...BODY, '', '收割工作预计本月底结束。', '', SIGNED]);
    expect(out).toContain('body: 收割工作预计本月底结束。');
  });
  it('leaves alone: a run that ends over body, not over a caption', () => {
    const out = blocks(['5月13日，在秀洲区王江泾镇，收割机在麦田里来回穿梭。', '', ...BODY]);
    expect(out[0]).toBe('body: 5月13日，在秀洲区王江泾镇，收割机在麦田里来回穿梭。');
  });
  it('leaves alone: a lead of one line no wider than its column, and text with no print column (one line a paragraph)', () => {
    expect(blocks(['全市小麦开镰了。', '', SIGNED, '', ...BODY])[0]).toBe('body: 全市小麦开镰了。');
    const perParagraph = ['入冬以来，千年古镇皤滩游人不断，古镇的冬天一点也不冷清。', '', '12月24日，游客在皤滩老街观看木雕艺人现场创作。（朱海燕　摄）', '',
      '　　老街上的木雕、花灯、手工糕点吸引了不少外地游客。'];
    expect(blocks(perParagraph)[0]).toBe('body: 入冬以来，千年古镇皤滩游人不断，古镇的冬天一点也不冷清。');
  });
  it('leaves alone: a line with no end mark, a news brief\'s dateline, two print lines, a line not set apart', () => {
    expect(blocks(['收割机在麦田里来回穿梭', '', SIGNED])[0]).toBe('heading: 收割机在麦田里来回穿梭');
    expect(blocks(['本报讯　全市小麦开镰。', '', SIGNED])[0]).toBe('body: 本报讯　全市小麦开镰。');
    expect(blocks(['5月13日，在秀洲区王江泾镇，收割机', '在麦田里来回穿梭，场面十分壮观。', '', SIGNED])[0]).toMatch(/^body: /u);
    expect(blocks(['5月13日，在秀洲区王江泾镇，收割机在麦田里来回穿梭。', SIGNED])[0]).not.toMatch(/^caption: 5月13日/u);
  });
});
