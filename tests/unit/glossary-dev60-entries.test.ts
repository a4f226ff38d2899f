// The entries and forms of the dev60 round, drawn from the law and order pages of local papers: the Civil Code's
// terms that case columns explain (the code itself, the right of residence, joint marital debt, printed and
// recorded wills, standard terms, throwing objects from a height, assumed risk, a free ride, the estate
// administrator, betrothal gifts, the limitation period, damages for distress), criminal procedure and sentencing
// (bail, residential surveillance and its designated-place form, suspended sentences, surrender, the attached civil
// claim, restitution, prohibition orders, private prosecution cases), the procuratorate's oversight of case filing
// and its reverse hand-over to administrative penalty, police news (the emergency stop-payment, the fake-order
// rebate scam, dangerous driving, administrative detention), the protection of minors (special education, sealed
// records, one-stop interviews, school bullying, supervised support), labour law (severance, unlawful dismissal,
// non-compete, double wages, open-ended contracts, the service period) and consumer terms (unfair terms, no-reason
// returns in shops; 职业打假人 and 放心消费单位 as forms of older entries). Each is underlined in a sentence of its
// own (not the development set's), and the everyday words inside or beside them are left alone; 跑分 and 自首 are
// underlined only in the prose of fraud and crime reports or in quotation marks.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev60 entries: underlined as the term', [
  ['律师提醒，民法典对居住权作了专门规定。', '民法典', 'minfadian'],
  ['《中华人民共和国民法典》自2021年1月1日起施行。', '中华人民共和国民法典', 'minfadian'],
  ['母亲去世前为保姆设立了居住权。', '居住权', 'juzhuquan'],
  ['丈夫在外欠下的赌债不属于夫妻共同债务。', '夫妻共同债务', 'fuqi-gongtong-zhaiwu'],
  ['这份打印遗嘱因缺少见证人签名被认定无效。', '打印遗嘱', 'dayin-yizhu'],
  ['他用手机拍了一段录音录像遗嘱。', '录音录像遗嘱', 'luyin-luxiang-yizhu'],
  ['保险公司对免责格式条款负有提示说明义务。', '格式条款', 'geshi-tiaokuan'],
  ['小区加装摄像头防范高空抛物。', '高空抛物', 'gaokong-paowu'],
  ['参加骑行活动受伤，法院认定属于自甘风险。', '自甘风险', 'zigan-fengxian'],
  ['车主免费捎带同事回家，途中发生事故，属于好意同乘。', '好意同乘', 'haoyi-tongcheng'],
  ['老人没有留下遗嘱，子女共同担任遗产管理人。', '遗产管理人', 'yichan-guanliren'],
  ['今年法院受理的彩礼纠纷明显减少。', '彩礼纠纷', 'hunyue-caichan-jiufen'],
  ['这笔欠款已经超过诉讼时效。', '诉讼时效', 'susong-shixiao'],
  ['原告请求精神损害赔偿5万元。', '精神损害赔偿', 'jingshen-sunhai-peichang'],
  ['法院判决赔偿精神损害抚慰金1万元。', '精神损害抚慰金', 'jingshen-sunhai-peichang'],
  ['犯罪嫌疑人张某已被取保候审。', '取保候审', 'qubao-houshen'],
  ['公安机关决定对其监视居住。', '监视居住', 'jianshi-juzhu'],
  ['他在指定居所监视居住期间配合调查。', '指定居所监视居住', 'zhiding-jusuo-jianshi-juzhu'],
  ['法院判处被告人拘役四个月，缓刑六个月。', '缓刑', 'huanxing'],
  ['犯罪嫌疑人在家属陪同下到公安局自首。', '自首', 'zishou'],
  ['被害人可以提起刑事附带民事诉讼。', '刑事附带民事诉讼', 'xingshi-fudai-minshi-susong'],
  ['案发后，被告人家属代为退赃退赔15万元。', '退赃退赔', 'tuizang-tuipei'],
  ['法院对这名缓刑犯同时宣告了禁止令。', '禁止令', 'jinzhiling'],
  ['侮辱案属于自诉案件。', '自诉案件', 'zisu-anjian'],
  ['检察机关加强对公安机关的立案监督。', '立案监督', 'lian-jiandu'],
  ['今年该院办理行刑反向衔接案件86件。', '行刑反向衔接', 'xingxing-fanxiang-xianjie'],
  ['银行配合警方对骗子账户实施紧急止付。', '紧急止付', 'jinji-zhifu'],
  ['警惕刷单返利骗局。', '刷单返利', 'shuadan-fanli'],
  ['醉酒驾驶机动车的，以危险驾驶罪论处。', '危险驾驶罪', 'weixian-jiashi-zui'],
  ['两名打架者均被行政拘留十日。', '行政拘留', 'xingzheng-juliu'],
  ['该市新建一所专门学校开展专门教育。', '专门教育', 'zhuanmen-jiaoyu'],
  ['检察院依法对小刘的犯罪记录封存。', '犯罪记录封存', 'fanzui-jilu-fengcun'],
  ['全省各县都建成了一站式询问救助场所。', '一站式询问救助', 'yizhanshi-xunwen-jiuzhu'],
  ['教育部门开展学生欺凌专项治理。', '学生欺凌', 'xiaoyuan-qiling'],
  ['家长要教育孩子向校园欺凌说不。', '校园欺凌', 'xiaoyuan-qiling'],
  ['附条件不起诉的少年在观护帮教基地学习烘焙。', '观护帮教', 'guanhu-bangjiao'],
  ['工厂关闭，工人们领到了经济补偿金。', '经济补偿金', 'jingji-buchang'],
  ['仲裁委裁决公司违法解除劳动合同。', '违法解除劳动合同', 'weifa-jiechu-laodong-hetong'],
  ['这份竞业限制协议约定期限为两年。', '竞业限制', 'jingye-xianzhi'],
  ['公司未签书面合同，被裁决支付二倍工资。', '二倍工资', 'erbei-gongzi'],
  ['工作满十年的员工可以要求签订无固定期限劳动合同。', '无固定期限劳动合同', 'wuguding-qixian-laodong-hetong'],
  ['他提前离职，违反了服务期约定。', '服务期', 'fuwuqi'],
  ['消保委约谈商家，要求删除霸王条款。', '霸王条款', 'bawang-tiaokuan'],
  ['景区商铺全部承诺线下无理由退货。', '线下无理由退货', 'xianxia-wuliyou-tuihuo'],
  ['法院驳回了职业打假人的十倍赔偿请求。', '职业打假人', 'zhiye-suopeiren'],
  ['这家超市被评为放心消费单位。', '放心消费单位', 'fangxin-xiaofei'],
  ['警方捣毁一个“跑分”平台。', '跑分', 'paofen'],
  ['他出借银行卡帮助诈骗团伙跑分，涉案流水300万元。', '跑分', 'paofen'],
  ['法院认定其犯罪后主动投案，构成自首。', '自首', 'zishou'],
], {
  'leaves the public-interest form of the attached civil claim its older entry': (g) => {
    expect(g.ids('检察院提起刑事附带民事公益诉讼。')).toContain('xingshi-fudai-minshi-gongyi-susong');
    expect(g.ids('检察院提起刑事附带民事公益诉讼。')).not.toContain('xingshi-fudai-minshi-susong');
  },
  'leaves the procuratorate\'s hearing its older entry': (g) => {
    expect(g.ids('检察院就该案举行检察听证。')).toContain('jiancha-tingzheng');
  },
});

leftAloneByIdBlock('dev60 entries: the everyday words inside or beside them are left alone', [
  ['新手机的跑分比旧款高了三成。', 'paofen'],
  ['体育课上同学们慢跑分组热身。', 'paofen'],
  ['肇事司机逃逸后第二天到派出所自首。', 'zishou'],
  ['他们一家在杭州居住了二十年。', 'juzhuquan'],
  ['小两口一起还房贷，夫妻共同承担家里的债务。', 'fuqi-gongtong-zhaiwu'],
  ['爷爷的遗嘱放在抽屉里。', 'dayin-yizhu'],
  ['请把文件打印出来再签字。', 'dayin-yizhu'],
  ['这份表格的格式不对，请按条款重新填写。', 'geshi-tiaokuan'],
  ['鸟儿在高空盘旋。', 'gaokong-paowu'],
  ['登山有风险，他自甘冒险也要去。', 'zigan-fengxian'],
  ['我们同乘一辆公交车上班。', 'haoyi-tongcheng'],
  ['她在银行做理财产品的管理人。', 'yichan-guanliren'],
  ['男方家送来了彩礼。', 'hunyue-caichan-jiufen'],
  ['这张优惠券的时效只有三天。', 'susong-shixiao'],
  ['考试失利让他的精神受到打击。', 'jingshen-sunhai-peichang'],
  ['比赛暂缓举行。', 'huanxing'],
  ['请在指定地点居住和休息。', 'zhiding-jusuo-jianshi-juzhu'],
  ['小区禁止停放电动车。', 'jinzhiling'],
  ['他每天都监视着股票的走势。', 'jianshi-juzhu'],
  ['老板给他发了一笔补偿。', 'jingji-buchang'],
  ['这家酒店的服务期待进一步提升。', 'fuwuqi'],
  ['商店门口挂着“七天无理由退换”的牌子，他买了一双鞋。', 'xianxia-wuliyou-tuihuo'],
  ['他天天在网上刷单赚零花钱。', 'shuadan-fanli'],
  ['下雨天路滑，危险驾驶容易出事。', 'weixian-jiashi-zui'],
  ['这位老师专门教育学生如何写作文。', 'zhuanmen-jiaoyu'],
  ['奶奶把老照片封存在箱子里。', 'fanzui-jilu-fengcun'],
  ['她在一站式服务大厅办好了手续。', 'yizhanshi-xunwen-jiuzhu'],
  ['他辞职后拿到了工资。', 'weifa-jiechu-laodong-hetong'],
  ['这次比赛限制参赛人数。', 'jingye-xianzhi'],
  ['加班费按两倍工资计算。', 'erbei-gongzi'],
  ['这份合同的期限是三年。', 'wuguding-qixian-laodong-hetong'],
  ['请大家放心消费，假一赔十。', 'fangxin-xiaofei'],
  ['他立案后一直在监督施工进度。', 'lian-jiandu'],
]);
