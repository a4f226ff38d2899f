// Readings of polyphones in the registers the CPP benchmark mixes (lib/pinyin/mixed-register-patterns.ts):
// hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
// Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('history, narration, speech and news patterns of the mixed registers', () => {
  it.each([
    ['他因言获罪，被贬为县丞', '为', 'wéi'],
    ['次年，该县升格后又被降为镇', '为', 'wéi'],
    ['其长子后被立为世子', '为', 'wéi'],
    ['她年轻时曾为乡村小学教师，后来进城办厂', '为', 'wéi'],
    ['展厅一楼依次为序厅、农耕厅和船帆厅', '为', 'wéi'],
    ['这部电影以五十年代的渔村为背景', '为', 'wéi'],
    ['粮草断绝后，敌将只得弃城而走', '将', 'jiàng'],
    ['他少年从军，三十岁即为将，', '将', 'jiàng'],
    ['她的爷爷是一位老将军', '将', 'jiāng'],
    ['被围困半年后，城中守军开门出降', '降', 'xiáng'],
    ['这孩子脾气倔，谁都降不住', '降', 'xiáng'],
    ['成吉思汗的西征持续了七年', '汗', 'hán'],
    ['各部首领共同尊他为大汗', '汗', 'hán'],
    ['冒顿单于在位时匈奴最为强盛', '冒顿', 'mò dú'],
    ['他家住在淮海路三百弄五号', '弄', 'lòng'],
    ['大家再加把劲，天黑前干完', '劲', 'jìn'],
    ['一只老鼠从墙洞里钻了出来', '钻', 'zuān'],
    ['他给客人夹了一块红烧肉', '夹', 'jiā'],
    ['大风刮倒了路边两根电线杆', '杆', 'gān'],
    ['茶泡好后先闷一会儿再喝', '闷', 'mēn'],
    ['他闷声不响地把活干完了', '闷', 'mēn'],
    ['这段公路去年年底全线铺通', '铺', 'pū'],
    ['这种植物的叶片呈倒披针形', '倒', 'dào'],
    ['他奔着老街的灯笼一路找过去', '奔', 'bèn'],
    ['我爸都奔七十了，身体还硬朗', '奔', 'bèn'],
    ['她毕业后一直供职于市文化馆', '供', 'gòng'],
    ['雪纷纷扬扬地下了一整天', '地', 'de'],
    ['丢了的手机找着了吗？', '着', 'zháo'],
  ])('%s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['社区建立为民服务中心', '为', 'wèi'],
    ['他曾为那位老先生写过一篇传记', '为', 'wèi'],
    ['他们专门为这次活动设计了会徽', '为', 'wèi'],
    ['大家都要遵守将要实施的新规定', '将', 'jiāng'],
    ['为将来打下扎实的基础', '将', 'jiāng'],
    ['他在1955年被授予少将军衔', '将', 'jiàng'],
    ['商场推出降价促销活动', '降', 'jiàng'],
    ['入秋后气温一直降不下来', '降', 'jiàng'],
    ['搬完家具，他累得满头大汗', '汗', 'hàn'],
    ['吃了两天药，感冒顿时好多了', '冒', 'mào'],
    ['你把事情弄清楚再说', '弄', 'nòng'],
    ['这支队伍是一支劲旅', '劲', 'jìng'],
    ['师傅拿电钻在墙上打孔', '钻', 'zuàn'],
    ['天冷了，奶奶给他缝了件夹袄', '夹', 'jiá'],
    ['这项政策起到了杠杆作用', '杆', 'gǎn'],
    ['屋里的气氛有些沉闷', '闷', 'mèn'],
    ['沿街商铺通常九点开门', '铺', 'pù'],
    ['他在台阶上摔倒了', '倒', 'dǎo'],
    ['孩子们在操场上奔跑', '奔', 'bēn'],
    ['企业为毕业生提供职位八百多个', '供', 'gōng'],
    ['我们在地下室躲了一夜', '地', 'dì'],
    ['他们找着找着就迷了路', '着', 'zhe'],
  ])('leaves %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
