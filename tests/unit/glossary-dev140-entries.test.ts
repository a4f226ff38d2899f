// The entries of the dev140 round, drawn from the science, technology and talent items: the provincial key laboratory
// (省重点实验室, with its forms 省级重点实验室 and 浙江省重点实验室), the overseas talent-recruitment station (海外引才工作站) and
// the training base for highly skilled workers (高技能人才培训基地), the government's angel-investment guidance fund (天使投资引导基金), with forms of two older entries (山区县 of 山区26县,
// 双强行动 of 农业双强). Each is underlined in a sentence of its own (not the development set's), the neighbouring cards keep
// their own sense, and the strings that only cross word edges are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev140 entries: underlined as the term', [
  ['这家企业牵头建设的省重点实验室通过验收。', '省重点实验室', 'sheng-zhongdian-shiyanshi'],
  ['学院今年新获批省级重点实验室两家。', '省级重点实验室', 'sheng-zhongdian-shiyanshi'],
  ['该所依托浙江省重点实验室开展攻关。', '浙江省重点实验室', 'sheng-zhongdian-shiyanshi'],
  ['市里在新加坡新设一家海外引才工作站。', '海外引才工作站', 'haiwai-yincai-gongzuozhan'],
  ['技师学院获评国家级高技能人才培训基地。', '国家级高技能人才培训基地', 'gaojineng-rencai-peixun-jidi'],
  ['县里新建高技能人才培训基地两个。', '高技能人才培训基地', 'gaojineng-rencai-peixun-jidi'],
  ['市里设立天使投资引导基金，首期规模5亿元。', '天使投资引导基金', 'tianshi-touzi-yindao-jijin'],
  ['省里加大对山区县的转移支付力度。', '山区县', 'shanqu-26xian'],
  ['全市深入实施农业“双强”行动。', '“双强”行动', 'nongye-shuangqiang'],
  ['县里推进双强行动，建成一批农机服务中心。', '双强行动', 'nongye-shuangqiang'],
]);

leftAloneByIdBlock('dev140 entries: the neighbouring cards are not read as these entries', [
  ['这家实验室入选全国重点实验室。', 'sheng-zhongdian-shiyanshi'],
  ['全市新增高技能人才1.8万人。', 'gaojineng-rencai-peixun-jidi'],
  ['园区设立人才工作站，为企业引才。', 'haiwai-yincai-gongzuozhan'],
  ['全县新增省级重点企业研究院3家。', 'sheng-zhongdian-shiyanshi'],
  ['他从事天使投资多年，投过十几家初创企业。', 'tianshi-touzi-yindao-jijin'],
  ['市政府投资引导基金规模达到百亿元。', 'tianshi-touzi-yindao-jijin'],
]);

leftAloneBlock('dev140 entries: nothing is underlined over the strings that cross word edges', [
  ['山区县城的夜晚格外安静。', '山区县'],
  ['干部要做到政治素质和业务能力双强。', '双强'],
]);
