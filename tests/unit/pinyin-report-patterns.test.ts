// Readings that follow from constructions of the report pages — court and police briefs, hospital
// news, weather reports, finance briefs, school and farm news, obituaries and memoirs
// (lib/pinyin/report-patterns.ts) — and from surnames named by a family or a form of address
// (lib/pinyin/person-names.ts), with 得在饭前 děi (usage-patterns.ts) and 当天就赶回 dàng
// (register-patterns.ts), the eighth news polyphone round: hand-written sentences, none from a
// polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('report-page patterns', () => {
  it.each([
    ['战士们背着受伤的群众走出废墟', '背', 'bēi'],
    ['奶奶背着他一路小跑去卫生院', '背', 'bēi'],
    ['救援队员把被困的村民背下山', '背', 'bēi'],
    ['他向亲戚借了两万元，三年后才还清', '还', 'huán'],
    ['小王每月要还三千多元车贷', '还', 'huán'],
    ['说到这座桥的来历，还得从清朝说起', '得', 'děi'],
    ['当年从村里到县城，坐车就得三个小时', '得', 'děi'],
    ['想买自行车，得等到攒够了钱', '得', 'děi'],
    ['老人激动得说不出话来', '得', 'de'],
    ['院子里的花盆被风刮得东倒西歪', '得', 'de'],
    ['他说一句，台下的观众就附和一句', '和', 'hè'],
    ['小时候他常挨打，也常挨骂', '挨', 'ái'],
    ['表哥长他五岁', '长', 'zhǎng'],
    ['孩子冲着记者挥了挥手', '冲', 'chòng'],
    ['工资虽然不高，他倒也知足', '倒', 'dào'],
    ['先生一生好学，藏书上万册', '好', 'hào'],
    ['连着加了一个月的班，他累病了', '累', 'lèi'],
    ['护士先给老人量了血压', '量', 'liáng'],
    ['一只小狗被卡在了栏杆中间', '卡', 'qiǎ'],
    ['这种饺子皮薄，煮的时候要小心', '薄', 'báo'],
    ['志愿者把幼苗种在了河堤上', '种', 'zhòng'],
    ['他手里的那只股票亏了三成', '只', 'zhī'],
    ['经过抢救，病人转危为安', '为', 'wéi'],
    ['是妈妈教会了他游泳', '教会', 'jiāo huì'],
    ['两名顾客因插队发生了口角', '角', 'jué'],
    ['医生每天为他清洗创面', '创面', 'chuāng miàn'],
    ['牧区群众看病可以找藏医', '藏', 'zàng'],
    ['这份降书如今藏在档案馆里', '降书', 'xiáng shū'],
    ['他祖父在盐务局当差', '当差', 'dāng chāi'],
    ['湖州长兴的百叶龙入选非遗名录', '长兴', 'cháng xīng'],
    ['镇上的解家老屋修缮一新', '解', 'xiè'],
    ['村里的单家三兄弟都考上了大学', '单', 'shàn'],
    ['诊所的曾医生每天清晨出诊', '曾', 'zēng'],
    ['茶馆里的查老先生讲起了古', '查', 'zhā'],
    ['种粮大户单建明今年多种了两百亩', '单', 'shàn'],
    ['医生说，这种中成药得在饭后吃', '得', 'děi'],
    ['听说父亲病了，她当天就赶到了医院', '当', 'dàng'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['他背着父母偷偷报了名', '背', 'bèi'],
    ['这篇课文他早就背下来了', '背', 'bèi'],
    ['他还上了三年夜校', '还', 'hái'],
    ['他们还有五千元贷款没还', '还', 'hái'],
    ['这些都要靠自己的努力才能得到', '得', 'dé'],
    ['他记得等到天黑才回家', '得', 'de'],
    ['使精气得以舒发', '得', 'dé'],
    ['各地积极响应和支持这项工作', '和', 'hé'],
    ['两家店挨着开了十年', '挨', 'āi'],
    ['他摔倒也不哭', '倒', 'dǎo'],
    ['这门手艺好学，一个月就能上手', '好', 'hǎo'],
    ['这些经验是慢慢积累出来的', '累', 'lěi'],
    ['医生减少了药物剂量', '量', 'liàng'],
    ['这个村的种子种类繁多', '种', 'zhǒng'],
    ['他私藏药品被查处', '藏', 'cáng'],
    ['开创面向未来的新局面', '创', 'chuàng'],
    ['这是一所教会学校', '教', 'jiào'],
    ['他说，曾家访过三次的那户人家搬走了', '曾', 'céng'],
    ['他们是村里的单家独户', '单', 'dān'],
    ['他记得在饭后散步', '得', 'de'],
    ['每当天气转冷，他就赶回老家', '当', 'dāng'],
  ] as const)('%s: %s stays %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
