// The entries of the dev112 round, drawn from the reading, library, archive, local chronicle and museum items of
// city papers: the overall reading rate, credit-based borrowing, interlibrary loan, library boards, first-grade
// libraries, the survey and the national catalogue of ancient books; the review before archives open, livelihood
// records and certificates from another archive, electronic-only filing and key national archives; the
// comprehensive yearbook, the third round of chronicles, the chronicle volume and local-conditions materials;
// non-state museums, movable relics, grading, the person answerable for a relic's safety, the third
// national survey and International Museum Day; the training programme for heritage bearers, the revival of
// traditional crafts and "people, objects and daily life"; cultural volunteers and the Zhejiang Smart Culture
// Cloud. Each is underlined in a sentence of its own (not the development set's), and the everyday words that
// share their characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev112 entries: underlined as the term', [
  ['今年全县居民综合阅读率比去年提高了1.5个百分点。', '综合阅读率', 'zonghe-yuedulv'],
  ['县图书馆开通了信用借阅服务。', '信用借阅', 'xinyong-jieyue'],
  ['这本书是通过馆际互借从省城借来的。', '馆际互借', 'guanji-hujie'],
  ['区图书馆理事会审议通过了年度工作计划。', '图书馆理事会', 'tushuguan-lishihui'],
  ['该县图书馆连续三次被评为一级图书馆。', '一级图书馆', 'yiji-tushuguan'],
  ['县博物馆参加了全省古籍普查登记。', '古籍普查', 'guji-pucha'],
  ['这部宋刻本已列入珍贵古籍名录。', '珍贵古籍名录', 'guojia-zhengui-guji-minglu'],
  ['区档案馆完成了一批到期档案的档案开放审核。', '档案开放审核', 'dangan-kaifang-shenhe'],
  ['老人在社区服务中心查到了自己的民生档案。', '民生档案', 'minsheng-dangan'],
  ['她在本地档案馆办理了跨馆出证。', '跨馆出证', 'kuaguan-chuzheng'],
  ['全市推进电子档案单套制管理。', '电子档案单套制', 'dangan-dantaozhi'],
  ['这批档案被列为国家重点档案。', '国家重点档案', 'guojia-zhongdian-dangan'],
  ['新一卷地方综合年鉴已经付印。', '地方综合年鉴', 'zonghe-nianjian'],
  ['县里召开三轮修志工作推进会。', '三轮修志', 'disanlun-xiuzhi'],
  ['县志办出版了一部新的志书。', '志书', 'difang-zhishu'],
  ['市方志馆向读者开放地情资料阅览室。', '地情资料', 'diqing-ziliao'],
  ['这家民营企业办的非国有博物馆免费开放。', '非国有博物馆', 'feiguoyou-bowuguan'],
  ['县里的可移动文物已全部登记造册。', '可移动文物', 'keyidong-wenwu'],
  ['专家组来县博物馆开展文物定级。', '文物定级', 'wenwu-dingji'],
  ['每处文保单位都公布了文物安全直接责任人。', '文物安全直接责任人', 'wenwu-anquan-zhijie-zerenren'],
  ['这处古桥是第三次全国文物普查时登记的。', '第三次全国文物普查', 'disanci-wenwu-pucha'],
  ['国际博物馆日那天，馆里推出了夜场。', '国际博物馆日', 'guoji-bowuguanri'],
  ['她参加了非遗研培计划的培训班。', '非遗研培计划', 'feiyi-yanpei-jihua'],
  ['县里出台了传统工艺振兴计划实施方案。', '传统工艺振兴计划', 'chuantong-gongyi-zhenxing'],
  ['非遗保护坚持见人见物见生活。', '见人见物见生活', 'jianren-jianwu-jianshenghuo'],
  ['周末有文化志愿者在图书馆讲故事。', '文化志愿者', 'wenhua-zhiyuanzhe'],
  ['讲座可以在浙江智慧文化云上预约。', '浙江智慧文化云', 'zhejiang-zhihui-wenhuayun'],
]);

leftAloneByIdBlock('dev112 entries: the everyday words that share their characters are left alone', [
  ['他把杂志书报整理好放在桌上。', 'difang-zhishu'],
  ['阅读理解题考查学生的综合阅读能力。', 'zonghe-yuedulv'],
  ['他第一次参观国际博物馆，看了一整天。', 'guoji-bowuguanri'],
  ['这款西装有单套制作和整套定制两种。', 'dangan-dantaozhi'],
  ['这些文物安全运抵博物馆。', 'wenwu-anquan-zhijie-zerenren'],
  ['他在年鉴上查到了那一年的降雨量。', 'zonghe-nianjian'],
  ['全区学生的综合阅读量比去年多了两本书。', 'zonghe-yuedulv'],
]);
