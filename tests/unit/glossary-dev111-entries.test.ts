// The entries of the dev111 round, drawn from the internet, media and cyberspace governance items of city papers:
// the online ecosystem, level 3 of the protection scheme, critical information infrastructure; rewritten articles,
// paid posters, faked traffic and online hostility; rumours, the joint rebuttal platform and the offence of
// spreading false information; the all-media system, mobile first and the Zhejiang Journalism Award; press offices,
// spokespersons, government new-media accounts and dormant ones, disclosure on request, consolidated government
// websites and the official response to public opinion; the civility conference, the digital-literacy month,
// internet literacy and the mass line online; the personal information law, notice and consent, sensitive data,
// the minimum-necessary principle and the app campaign; live-stream selling, IP location, self-media and induced
// tipping; internet addiction, the anti-addiction system and cyberbullying; the cybersecurity week, ransomware and
// the live-stream salesperson. Each is underlined in a sentence of its own (not the development set's), and the
// everyday words that share their characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev111 entries: underlined as the term', [
  ['各地要共同营造清朗的网络生态。', '网络生态', 'wangluo-shengtai'],
  ['医院信息系统已通过等保三级测评。', '等保三级', 'dengbao-sanji'],
  ['能源企业属于关键信息基础设施运营者。', '关键信息基础设施', 'guanjian-xinxi-jichu-sheshi'],
  ['这篇文章涉嫌洗稿，已被平台下架。', '洗稿', 'xigao'],
  ['警方打掉一个网络水军团伙。', '网络水军', 'wangluo-shuijun'],
  ['平台集中清理流量造假账号。', '流量造假', 'liuliang-zaojia'],
  ['专项行动重点整治网络戾气。', '网络戾气', 'wangluo-liqi'],
  ['市民不信谣、不传谣，共同抵制网络谣言。', '网络谣言', 'wangluo-yaoyan'],
  ['这则辟谣信息已在联合辟谣平台发布。', '联合辟谣平台', 'lianhe-piyao-pingtai'],
  ['王某涉嫌编造、故意传播虚假信息罪被依法逮捕。', '编造、故意传播虚假信息', 'bianzao-chuanbo-xujia-xinxi'],
  ['我市加快构建全媒体传播体系。', '全媒体传播体系', 'quanmeiti-chuanbo-tixi'],
  ['日报社坚持移动优先，把力量向客户端倾斜。', '移动优先', 'yidong-youxian'],
  ['该作品荣获浙江新闻奖一等奖。', '浙江新闻奖', 'zhejiang-xinwenjiang'],
  ['区政府新闻办今天上午举行发布会。', '新闻办', 'xinwenban'],
  ['市公安局新闻发言人通报了案件情况。', '新闻发言人', 'xinwen-fayanren'],
  ['全区政务新媒体账号已全部备案。', '政务新媒体', 'zhengwu-xinmeiti'],
  ['检查发现两个僵尸号，已责令整改。', '僵尸号', 'jiangshihao'],
  ['该局去年办理依申请公开事项52件。', '依申请公开', 'yishenqing-gongkai'],
  ['县里启动政府网站集约化改造。', '政府网站集约化', 'zhengfu-wangzhan-jiyuehua'],
  ['有关部门第一时间做好政务舆情回应。', '政务舆情回应', 'zhengwu-yuqing-huiying'],
  ['中国网络文明大会发布了十大典型案例。', '中国网络文明大会', 'zhongguo-wangluo-wenming-dahui'],
  ['街道开展全民数字素养与技能提升月活动。', '全民数字素养与技能提升月', 'shuzi-suyang-tishengyue'],
  ['家长要注重培养孩子的网络素养。', '网络素养', 'wangluo-suyang'],
  ['领导干部要走好网上群众路线。', '网上群众路线', 'wangshang-qunzhong-luxian'],
  ['企业应当依照个人信息保护法处理客户数据。', '个人信息保护法', 'geren-xinxi-baohufa'],
  ['收集人脸信息前应当遵循告知同意规则。', '告知同意', 'gaozhi-tongyi'],
  ['行踪轨迹属于敏感个人信息。', '敏感个人信息', 'mingan-geren-xinxi'],
  ['物业收集业主信息应遵循最小必要原则。', '最小必要原则', 'zuixiao-biyao-yuanze'],
  ['四部门通报App违法违规收集使用个人信息问题。', 'App违法违规收集使用个人信息', 'app-weifa-shouji-geren-xinxi'],
  ['市场监管部门加强网络直播营销监管。', '网络直播营销', 'wangluo-zhibo-yingxiao'],
  ['评论区显示了用户的IP属地。', 'IP属地', 'ip-shudi'],
  ['网信部门加强对自媒体的管理。', '自媒体', 'zimeiti'],
  ['平台严禁主播诱导打赏。', '诱导打赏', 'youdao-dashang'],
  ['学校开展预防网络沉迷主题教育。', '网络沉迷', 'wangluo-chenmi'],
  ['这款游戏已接入防沉迷系统。', '防沉迷系统', 'fangchenmi-xitong'],
  ['老师提醒同学们遇到网络欺凌要及时告诉家长。', '网络欺凌', 'wangluo-qiling'],
  ['今年网络安全宣传周的主题已经公布。', '网络安全宣传周', 'guojia-wangluo-anquan-xuanchuanzhou'],
  ['网安周期间举办了网络安全博览会。', '网安周', 'guojia-wangluo-anquan-xuanchuanzhou'],
  ['一家企业的服务器感染了勒索病毒。', '勒索病毒', 'lesuo-bingdu'],
  ['她考取了直播销售员证书。', '直播销售员', 'zhibo-xiaoshouyuan'],
  ['家长可以为孩子开启青少年模式。', '青少年模式', 'weichengnianren-moshi'],
  ['县融媒体中心记者赶到现场采访。', '县融媒体中心', 'xianji-rongmeiti-zhongxin'],
]);

leftAloneByIdBlock('dev111 entries: the everyday words that share their characters are left alone', [
  ['三国时期，东吴的水军在长江上十分强大。', 'wangluo-shuijun'],
  ['中国移动优先为偏远山村架设基站。', 'yidong-youxian'],
  ['请把结果告知同意参加活动的同学。', 'gaozhi-tongyi'],
  ['这件事关基层群众的切身利益。', 'guanjian-xinxi-jichu-sheshi'],
  ['记者在新闻办公室里整理稿件。', 'xinwenban'],
  ['万圣节晚会上，孩子们扮成了僵尸和小精灵。', 'jiangshihao'],
  ['他一边吃饭一边看直播，打赏了主播一朵花。', 'youdao-dashang'],
  ['请把结果告知同意报名的家长。', 'gaozhi-tongyi'],
  ['中国移动优先保障重点区域的网络信号。', 'yidong-youxian'],
]);
