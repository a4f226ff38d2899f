// The entries of the dev104 round, drawn from the civil affairs pages of city papers: social assistance (help
// given first and approved after, education assistance, payment straight into the recipient's account, Zhejiang's
// common-prosperity assistance system), charity (community charitable funds, recognition as a charitable
// organisation, the official donation receipt, eligibility for tax-deductible donations, the Zhejiang Charity
// Award), funerals (columbaria, wall burial, tombs for the living, designated places for funeral rites), marriage
// (the certificate presenter, registration with a foreign national), place names (the “大、洋、怪、重” clean-up, door
// and building plates, the place-name census, the generic part of a name), social organisations (their rating,
// dormant and illegal ones, the separation of trade associations from government, private non-enterprise units,
// the incubator's 孵化园 form), people sleeping rough (long-stay recipients, placement outside the shelter, the
// family-search website), disability (assessment, kerb ramps, information accessibility, community disability
// workers, motorised wheelchair vehicles), minors (protection centres, long-term state guardianship, children's
// welfare institutions, the occupational ban) and care homes (homes for the destitute, the care-home filing). Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside them
// are left alone.
import { expect } from 'vitest';
import { entryById } from '../../lib/glossary/data';
import { glossaryReadings } from '../../lib/glossary/readings';
import { readings } from '../../lib/pinyin';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev104 entries: underlined as the term', [
  ['情况紧急的，街道可以先行救助。', '先行救助', 'xianxing-jiuzhu'],
  ['低保家庭的孩子上大学可以申请教育救助。', '教育救助', 'jiaoyu-jiuzhu'],
  ['这笔教育救助金已经打到卡上。', '教育救助金', 'jiaoyu-jiuzhu'],
  ['养老金实行社会化发放以后，老人不用再去单位领钱。', '社会化发放', 'shehuihua-fafang'],
  ['全省加快构建共富型大救助体系。', '共富型大救助体系', 'gongfuxing-dajiuzhu'],
  ['这个镇探索共富型大救助的新做法。', '共富型大救助', 'gongfuxing-dajiuzhu'],
  ['小区用社区慈善基金给独居老人装了烟感。', '社区慈善基金', 'shequ-cishan-jijin'],
  ['这家协会去年通过了慈善组织认定。', '慈善组织认定', 'cishan-zuzhi-rending'],
  ['捐款后记得索要公益事业捐赠票据。', '公益事业捐赠票据', 'gongyi-juanzeng-piaoju'],
  ['财政部门统一监制公益事业捐赠统一票据。', '公益事业捐赠统一票据', 'gongyi-juanzeng-piaoju'],
  ['这家基金会具有公益性捐赠税前扣除资格。', '公益性捐赠税前扣除资格', 'gongyixing-juanzeng-shuiqian-kouchu'],
  ['她的助学项目获得了浙江慈善奖。', '浙江慈善奖', 'zhejiang-cishan-jiang'],
  ['村里建了一座公益性骨灰堂。', '骨灰堂', 'guhuitang'],
  ['公墓新辟了一片壁葬区。', '壁葬', 'bizang'],
  ['检查组在山上发现了两座活人墓。', '活人墓', 'huorenmu'],
  ['街道设立了集中治丧点。', '集中治丧点', 'jizhong-zhisangdian'],
  ['结婚那天，颁证员为他们宣读了誓词。', '颁证员', 'banzhengyuan'],
  ['市婚姻登记处可以办理涉外婚姻登记了。', '涉外婚姻登记', 'shewai-hunyin-dengji'],
  ['全区清理了一批“大、洋、怪、重”地名。', '大、洋、怪、重', 'da-yang-guai-zhong'],
  ['新小区的门楼牌已经装好了。', '门楼牌', 'menloupai'],
  ['县里完成了第二次全国地名普查。', '第二次全国地名普查', 'diming-pucha'],
  ['“巷”是这条路名里的通名。', '通名', 'tongming'],
  ['这家协会在社会组织等级评估中评上了4A。', '社会组织等级评估', 'shehui-zuzhi-pinggu'],
  ['民政局注销了一批僵尸型社会组织。', '僵尸型社会组织', 'jiangshixing-shehui-zuzhi'],
  ['警方配合民政部门取缔了一个非法社会组织。', '非法社会组织', 'feifa-shehui-zuzhi'],
  ['全市行业协会商会脱钩改革已经完成。', '行业协会商会脱钩改革', 'tuogou-gaige'],
  ['这所培训学校登记为民办非企业单位。', '民办非企业单位', 'minban-feiqiye-danwei'],
  ['区里新建的社会组织孵化园开园了。', '社会组织孵化园', 'shehui-zuzhi-fuhua-jidi'],
  ['救助站里还有12名长期滞留人员。', '长期滞留人员', 'changqi-zhiliu-renyuan'],
  ['这家养老院承接了救助站的站外托养。', '站外托养', 'zhanwai-tuoyang'],
  ['家属在全国救助寻亲网上认出了他的照片。', '全国救助寻亲网', 'quanguo-jiuzhu-xunqinwang'],
  ['他带着孩子去医院做残疾评定。', '残疾评定', 'canji-pingding'],
  ['路口的缘石坡道太陡，轮椅上不去。', '缘石坡道', 'yuanshi-podao'],
  ['手机银行要做到信息无障碍。', '信息无障碍', 'xinxi-wuzhangai'],
  ['村里的残疾人专职委员每月上门走访。', '残疾人专职委员', 'canjiren-zhuanzhi-weiyuan'],
  ['他开着残疾人机动轮椅车去赶集。', '残疾人机动轮椅车', 'canjiren-jidong-lunyiche'],
  ['孩子被送到了市未成年人救助保护中心。', '未成年人救助保护中心', 'weichengnianren-jiuzhu-baohu-jigou'],
  ['县里的未成年人救助保护机构今年接收了5名儿童。', '未成年人救助保护机构', 'weichengnianren-jiuzhu-baohu-jigou'],
  ['民政部门对这名孤儿实施长期监护。', '长期监护', 'changqi-jianhu'],
  ['全省儿童福利机构都配备了康复室。', '儿童福利机构', 'ertong-fuli-jigou'],
  ['镇敬老院转型为特困人员供养服务机构。', '特困人员供养服务机构', 'tekun-gongyang-fuwu-jigou'],
  ['新开的养老院已经完成养老机构备案。', '养老机构备案', 'yanglao-jigou-beian'],
  ['法院对这名教练宣告从业禁止。', '从业禁止', 'congye-jinzhi'],
]);

leftAloneByIdBlock('dev104 entries: the everyday words that share their characters are left alone', [
  ['他总是先行一步，把路探好。', 'xianxing-jiuzhu'],
  ['这次教育让他受益匪浅。', 'jiaoyu-jiuzhu'],
  ['社会化程度越来越高。', 'shehuihua-fafang'],
  ['慈善组织的工作人员很辛苦。', 'cishan-zuzhi-rending'],
  ['她把壁纸贴得整整齐齐。', 'bizang'],
  ['他是个活人，不是机器。', 'huorenmu'],
  ['大家集中精力把活干完。', 'jizhong-zhisangdian'],
  ['这是一张明信片，不是票据。', 'gongyi-juanzeng-piaoju'],
  ['他看了一部僵尸电影。', 'jiangshixing-shehui-zuzhi'],
  ['社会组织的负责人来开会。', 'feifa-shehui-zuzhi'],
  ['这两件事已经脱钩了。', 'tuogou-gaige'],
  ['他在一家民办学校当老师。', 'minban-feiqiye-danwei'],
  ['暴雨让游客在山上长期滞留了两天。', 'changqi-zhiliu-renyuan'],
  ['这件残疾人运动员的故事很感人。', 'canji-pingding'],
  ['公园门口的坡道刚修好。', 'yuanshi-podao'],
  ['他是村里的专职委员。', 'canjiren-zhuanzhi-weiyuan'],
  ['奶奶坐着轮椅去公园。', 'canjiren-jidong-lunyiche'],
  ['妈妈长期照顾生病的外婆。', 'changqi-jianhu'],
  ['儿童节那天福利院的孩子们演出了节目。', 'ertong-fuli-jigou'],
  ['门口贴着一张寻人启事。', 'quanguo-jiuzhu-xunqinwang'],
  ['他在镇上的敬老院做义工。', 'tekun-gongyang-fuwu-jigou'],
  ['这份合同已经备案了。', 'yanglao-jigou-beian'],
  ['这个路口禁止停车。', 'congye-jinzhi'],
  ['楼下的门牌被风吹歪了。', 'menloupai'],
  ['地名背后有很多故事。', 'diming-pucha'],
  ['他俩通了名字才知道是老乡。', 'tongming'],
  ['洋气的衣服她不喜欢，怪重的。', 'da-yang-guai-zhong'],
]);

leftAloneByIdBlock('dev104 entries: a standard place name is not an entry (标准地 of land policy is, and a dev35 trap holds 标准地名)', [
  ['地图上印的是标准地名。', 'biaozhun-diming'],
]);

// The card reads 重 of 重名 (a duplicate name) chóng, not the zhòng the automatic reading gives; 供 of 供养 gōng.
underlinedBlock('dev104 entries: 大洋怪重 without the enumeration commas', [['整治大洋怪重地名。', '大洋怪重', 'da-yang-guai-zhong']], {
  'the card reads 重 chóng and 供养 gōng yǎng': () => {
    expect(entryById('da-yang-guai-zhong')?.pinyin).toBe('dà yáng guài chóng');
    expect(glossaryReadings()['tekun-gongyang-fuwu-jigou']).toBe('tè kùn rén yuán gōng yǎng fú wù jī gòu');
  },
  'the article reads 大、洋、怪、重 chóng too, and 怪重 "rather heavy" zhòng': () => {
    expect(readings('清理“大、洋、怪、重”地名').filter(Boolean).join(' ')).toBe('qīng lǐ dà yáng guài chóng dì míng');
    expect(readings('整治大洋怪重地名').filter(Boolean).join(' ')).toBe('zhěng zhì dà yáng guài chóng dì míng');
    expect(readings('箱子怪重的').filter(Boolean).join(' ')).toBe('xiāng zi guài zhòng de');
  },
});
