// Readings that follow from constructions of the policy register (lib/pinyin/register-patterns.ts,
// the fourth news polyphone round): hand-written sentences, none from a polyphone set; readings from
// the Xiandai Hanyu Cidian (7th ed.), 一/不 with the sandhi the project writes.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('policy-register patterns', () => {
  it.each([
    ['审批环节由六个压缩为两个', '为', 'wéi'],
    ['补贴比例为购房款的1%', '为', 'wéi'],
    ['作风建设贵在久久为功', '为', 'wéi'],
    ['党风廉政建设要一以贯之', '一', 'yì'],
    ['各单位要举一反三，查漏补缺', '一', 'yì'],
    ['这项改革牵一发而动全身', '发', 'fà'],
    ['攻坚阶段一刻也不能松劲', '劲', 'jìn'],
    ['到吃劲的岗位上经受锻炼', '劲', 'jìn'],
    ['仓库里有一只锈蚀的气瓶', '只', 'zhī'],
    ['基层人才要留得住', '得', 'de'],
    ['好的经验要推广得开、铺得开', '铺得', 'pù de'],
    ['这个项目当年签约、当年开工', '当', 'dàng'],
    ['老街上的空置店面被改成了书屋', '空', 'kòng'],
    ['在村口的空地上搭起了舞台', '空', 'kòng'],
    ['会议听取了上半年预算执行情况', '行', 'xíng'],
    ['各部门要依照相关法规办理', '相', 'xiāng'],
    ['企业要及时调整生产计划', '调', 'tiáo'],
    ['全市以乡镇为单位统计', '为', 'wéi'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['今年要为3000户家庭解决就业', '为', 'wèi'],
    ['区里提高为民服务水平', '为', 'wèi'],
    ['全市经济增长势头强劲', '劲', 'jìng'],
    ['这只是第一步', '只', 'zhǐ'],
    ['她获得住房补贴', '得', 'dé'],
    ['一季度全区取得开门红', '得', 'dé'],
    ['每当天气转凉，他就咳嗽', '当', 'dāng'],
    ['天空地面一体化监测', '空', 'kōng'],
    ['市场行情持续走高', '行', 'háng'],
    ['首相关注这一问题', '相', 'xiàng'],
    ['会议强调整改要到位', '调', 'diào'],
    ['他的声调整体偏高', '调', 'diào'],
    ['企业取得很大进步', '得', 'dé'],
    ['这样做得不偿失', '得', 'dé'],
    ['问题得到了解决', '得', 'dé'],
    ['他了解决策的过程', '了', 'liǎo'],
  ] as const)('leaves alone %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  // Read on news sentences no set held (README, Polyphones: readings checked on unseen news sentences).
  it.each([
    ['企业发展得很快', '得', 'de'],
    ['日子过得越来越红火', '得', 'de'],
    ['他头晕得厉害', '得', 'de'],
    ['累得不行，还是坚持干完', '得', 'de'],
    ['居民反映的问题得到了解决', '了', 'le'],
    ['专家进行了解读', '了', 'le'],
    ['这个传统一直传承至今', '一', 'yì'],
  ] as const)('reads %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
