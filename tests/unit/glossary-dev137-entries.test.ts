// The entries of the dev137 round, drawn from the urban planning, land, construction and urban transport items: the
// urban townscape showcase area (城市风貌样板区), facilities a project must build alongside (配建), two types of old-town
// future community (拆改结合类, 整合提升类), the annual quota for new construction land (新增建设用地计划指标), a
// privately funded project (社会投资项目), completion acceptance (竣工验收), the salaried earners and break-even pricing of
// for-sale affordable housing (工薪收入群体, 保本微利), class C and D dangerous buildings (C级、D级危房), the renewal of
// ageing pipes (老旧管网更新改造, a form of an older entry), the urban expressway (快速路), parking as stationary traffic (静态交通), feeder and
// township buses (接驳公交, 镇村公交), and the rail construction plan as papers print its phase (轨道交通三期建设规划).
// Each is underlined in a sentence of its own (not the development set's), the neighbouring cards keep their own sense,
// and the strings that only cross word edges are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev137 entries: underlined as the term', [
  ['老城区入选今年的省级城市风貌样板区创建名单。', '城市风貌样板区', 'chengshi-fengmao-yangbanqu'],
  ['该地块须按规划配建一所幼儿园和社区用房。', '配建', 'peijian'],
  ['这个老小区按拆改结合类未来社区推进改造。', '拆改结合类未来社区', 'chaigai-jiehelei-weilai-shequ'],
  ['今年新增的创建项目以整合提升类为主。', '整合提升类', 'zhenghe-tishenglei-weilai-shequ'],
  ['省里下达我市新增建设用地计划指标2100亩。', '新增建设用地计划指标', 'xinzeng-jianshe-yongdi-jihua-zhibiao'],
  ['小型社会投资项目可以实行告知承诺制。', '社会投资项目', 'shehui-touzi-xiangmu'],
  ['学校新校区已通过竣工验收，九月投入使用。', '竣工验收', 'jungong-yanshou'],
  ['首批房源优先面向工薪收入群体配售。', '工薪收入群体', 'gongxin-shouru-qunti'],
  ['房源价格按保本微利原则确定。', '保本微利', 'baoben-weili'],
  ['排查发现的C、D级危房一律停止使用。', 'C、D级危房', 'cji-dji-weifang'],
  ['全市加快城市燃气管道等老化更新改造。', '城市燃气管道等老化更新改造', 'ranqi-guandao-gengxin'],
  ['今年完成老旧管网更新改造40公里。', '老旧管网更新改造', 'ranqi-guandao-gengxin'],
  ['东西向城市快速路年底建成通车。', '城市快速路', 'kuaisulu'],
  ['补齐静态交通短板，新建一批停车场。', '静态交通', 'jingtai-jiaotong'],
  ['地铁站开通后，新开接驳公交3条。', '接驳公交', 'jiebo-gongjiao'],
  ['山区乡镇开通镇村公交线路6条。', '镇村公交', 'zhencun-gongjiao'],
  ['该市轨道交通四期建设规划已获国家批复。', '轨道交通四期建设规划', 'guidao-jiaotong-jianshe-guihua'],
]);

leftAloneByIdBlock('dev137 entries: the neighbouring cards are not read as these entries', [
  ['该县入选县域风貌样板区。', 'chengshi-fengmao-yangbanqu'],
  ['推进开发区整合提升，打造高能级平台。', 'zhenghe-tishenglei-weilai-shequ'],
  ['项目全面推行竣工联合验收。', 'jungong-yanshou'],
  ['政府投资项目要严格控制概算。', 'shehui-touzi-xiangmu'],
  ['县里争取到建设用地机动指标300亩。', 'xinzeng-jianshe-yongdi-jihua-zhibiao'],
  ['这幢楼被鉴定为C级危房。', 'cji-dji-weifang'],
  ['县里加快地下管网建设。', 'ranqi-guandao-gengxin'],
  ['长途客车在接驳点实行接驳运输。', 'jiebo-gongjiao'],
  ['全县实现城乡公交一体化。', 'zhencun-gongjiao'],
  ['新建一所配售型保障性住房小区。', 'baoben-weili'],
]);

leftAloneBlock('dev137 entries: nothing is underlined over the strings that cross word edges', [
  ['他对这笔奖金提出了分配建议。', '配建'],
  ['一辆电动车快速路过校门口。', '快速路'],
  ['山里的乡镇村公交站不多。', '镇村公交'],
]);
