// Readings that follow from constructions of the column and briefs pages — health, opera, Party and
// cadre news, farm pages, family columns, police reports (lib/pinyin/column-patterns.ts) — and the
// county name 长兴 (lib/pinyin/names.ts), the tenth news polyphone round: hand-written sentences,
// none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('column-page patterns', () => {
  it.each([
    ['演出开始前，琴师把琵琶的弦调好了，又调好琴弦试了一遍', '调好琴', 'tiáo hǎo qín'],
    ['琵琶的弦调好了吗', '调', 'tiáo'],
    ['新入职的年轻人要在干中学', '干', 'gàn'],
    ['边学边干，在学中干', '中干', 'zhōng gàn'],
    ['新员工要掌握岗位应知应会内容', '应知应会', 'yīng zhī yīng huì'],
    ['老农在麦田里撒尿素', '撒', 'sǎ'],
    ['炒菜出锅前撒上一把葱花', '撒', 'sǎ'],
    ['他把鱼食撒进池塘', '撒', 'sǎ'],
    ['菜场里的芥蓝两块钱一斤', '芥蓝', 'gài lán'],
    ['尼龙绳勒进了小狗的脖子', '勒', 'lēi'],
    ['他因无证经营被处以两万元罚款', '处', 'chǔ'],
    ['对当事人处以行政拘留十日', '处', 'chǔ'],
    ['儿子当了海员，常年不着家', '着', 'zháo'],
    ['很多老人为了省钱舍不得开空调', '为', 'wèi'],
    ['这座清代台门是县级文物保护单位', '台门', 'tái mén'],
    ['代表们对报告中的几个提法提出了意见', '中的', 'zhōng de'],
    ['日常生活中的小事也能看出家风', '中的', 'zhōng de'],
    ['他把小说中的人物搬上了舞台', '中的', 'zhōng de'],
    ['她在生命中的最后几年写下了这本书', '中的', 'zhōng de'],
    ['新材料中的关键成分来自国外', '中的', 'zhōng de'],
    ['省里出台的政策是好的', '台', 'tái'],
    ['这个戏台是清代的', '台', 'tái'],
    ['长兴的百叶龙闻名全省', '长兴', 'cháng xīng'],
    ['去年长兴的蓄电池产业产值破千亿', '长兴', 'cháng xīng'],
  ] as const)('%s: %s is %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['这首曲子的曲调弦外有音', '调', 'diào'],
    ['渔民在近海撒网捕鱼', '撒', 'sā'],
    ['小女孩撒谎说作业做完了', '撒', 'sā'],
    ['骑手勒住缰绳，马停了下来', '勒', 'lè'],
    ['此处以南是一片湿地', '处', 'chù'],
    ['这些笋干中学生都爱吃', '干', 'gān'],
    ['老字号的生意增长兴旺', '长', 'zhǎng'],
    ['儿子够不着家里的衣柜顶', '着', 'zháo'],
    ['这次被选中的作品将参加省展', '中', 'zhòng'],
    ['台州的海鲜是新鲜的', '台', 'tāi'],
    ['天台县的云雾茶是有名的', '台', 'tāi'],
    ['他一语中的，点出了问题所在', '中的', 'zhòng dì'],
    ['篮球命中的次数比上场多', '中', 'zhòng'],
    ['他押中的题目占了一半', '中', 'zhòng'],
  ] as const)('%s: %s stays %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
