// The rule the blind93 round widened. lib/reflow/lines-apart.ts creditOpensPhotoPage (asked in segment.ts before a line is
// made a caption by its words): a photographer's credit alone (`记者　X　摄`, `本报记者 X 摄影`) as the text's first line,
// under no picture, on a text with pictures, is the byline of the story and its pictures, not a caption — now also where
// the pictures' captions, centred or framed, were taken out before the segmenter (framed-captions.ts tells segment.ts
// so), which left no picture among the lines it reads.
import { describe, expect, it } from 'vitest';
import { reflowLines } from '../../lib/reflow';
import type { SourceLine } from '../../lib/reflow/types';

const run = (lines: SourceLine[]): string[] => reflowLines(lines).map((b) => `${b.kind}: ${b.text}`);
const para = (text: string, more: Partial<SourceLine> = {}): SourceLine => ({ text: `　　${text}`, gap: 1, indent: true, ...more });
const own = (text: string, more: Partial<SourceLine> = {}): SourceLine => ({ text, gap: 1, indent: false, ...more });

describe('a photographer\'s credit alone as the text\'s first line (creditOpensPhotoPage)', () => {
  it('changes: the credit first over the story, its pictures\' centred captions taken out before the segmenter', () => {
    expect(run([
      own('记者　袁　云　摄'),
      para('3月18日，兰亭街道的樱花进入盛花期，吸引了不少市民前来赏花。'),
      own('游客在樱花树下拍照留念。', { afterMedia: true, caption: true }),
      para('据了解，今年景区新增樱花观赏步道1.5公里。'),
    ])).toEqual([
      'byline: 记者　袁　云　摄',
      'body: 3月18日，兰亭街道的樱花进入盛花期，吸引了不少市民前来赏花。',
      'caption: 游客在樱花树下拍照留念。',
      'body: 据了解，今年景区新增樱花观赏步道1.5公里。',
    ]);
  });
  it('changes: the credit first over a story whose framed caption is taken out', () => {
    expect(run([
      own('本报记者 梁 栋 摄影'),
      para('眼下正是夏茶采摘时节，新昌县各地的茶园里一派繁忙景象。'),
      own('回山镇的茶农在茶园里采摘夏茶。', { caption: true }),
    ])).toEqual(['byline: 本报记者 梁 栋 摄影', 'body: 眼下正是夏茶采摘时节，新昌县各地的茶园里一派繁忙景象。', 'caption: 回山镇的茶农在茶园里采摘夏茶。']);
  });
  it('leaves alone: the credit on a text with no picture, under a picture, after the text, over another credit, alone', () => {
    expect(run([own('本报记者 梁 栋 摄影'), para('眼下正是夏茶采摘时节，新昌县各地的茶园里一派繁忙景象。')])[0]).toBe('caption: 本报记者 梁 栋 摄影');
    expect(run([own('记者　袁　云　摄', { afterMedia: true }), para('3月18日，兰亭街道的樱花进入盛花期。')])[0]).toBe('caption: 记者　袁　云　摄');
    expect(run([para('3月18日，兰亭街道的樱花进入盛花期。'), own('记者　袁　云　摄')])[1]).toBe('caption: 记者　袁　云　摄');
    expect(run([own('记者　袁　云　摄'), own('通讯员　柯　宣　摄'), para('3月18日，兰亭街道的樱花进入盛花期。')])[0]).not.toBe('byline: 记者　袁　云　摄');
    expect(run([own('记者　袁　云　摄')])).toEqual(['caption: 记者　袁　云　摄']);
  });
  it('still makes a byline of a reporter\'s name alone first and a caption of a sentence signed by its photographer', () => {
    expect(run([own('记者　袁　云'), para('3月18日，兰亭街道的樱花进入盛花期。')])[0]).toBe('byline: 记者　袁　云');
    expect(run([own('游客在樱花树下拍照留念。　记者　袁　云　摄'), para('3月18日，兰亭街道的樱花进入盛花期。')])[0]).toBe('caption: 游客在樱花树下拍照留念。　记者　袁　云　摄');
  });
});
