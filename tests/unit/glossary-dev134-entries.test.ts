// The entries of the dev134 round, drawn from the Party-building, discipline and common-prosperity items: a crime
// committed through an office (职务犯罪), the public's reports to the discipline bodies (信访举报), a discipline
// commission's supervision office (监督检查室) and its joint work with the resident teams and local commissions
// (室组地), petty corruption at the grassroots (微腐败), and the nine groups of Zhejiang's plan to enlarge the middle
// and raise the bottom (九类群体). Each is underlined in a sentence of its own (not the development set's), the
// neighbouring cards keep their own sense, and the strings that only cross word edges are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev134 entries: underlined as the term', [
  ['他因职务犯罪被判处有期徒刑五年。', '职务犯罪', 'zhiwu-fanzui'],
  ['市纪委监委今年共受理信访举报210件。', '信访举报', 'xinfang-jubao'],
  ['市纪委监委第三监督检查室负责联系市场监管系统。', '监督检查室', 'jiandu-jianchashi'],
  ['严肃查处扶贫领域“微腐败”问题。', '微腐败', 'wei-fubai'],
  ['县纪委推行室组地联动监督机制。', '室组地', 'shi-zu-di'],
  ['围绕九类群体制定增收激励政策。', '九类群体', 'jiulei-qunti'],
]);

leftAloneByIdBlock('dev134 entries: the neighbouring cards are not read as these entries', [
  ['群众可以通过信访渠道反映诉求。', 'xinfang-jubao'],
  ['派驻纪检监察组对驻在单位开展日常监督。', 'shi-zu-di'],
  ['派驻纪检监察组对驻在单位开展日常监督。', 'jiandu-jianchashi'],
  ['市场监管部门加强监督检查室内游乐场所的安全设施。', 'jiandu-jianchashi'],
  ['聚焦低收入农户精准施策。', 'jiulei-qunti'],
]);

leftAloneBlock('dev134 entries: nothing is underlined over the strings that cross word edges', [
  ['这些桃子稍微腐败了一点就被扔掉了。', '微腐败'],
  ['学校对每间教室组织了一次安全检查。', '室组'],
  ['超市把商品分成九类，群众购物更方便。', '九类'],
]);
