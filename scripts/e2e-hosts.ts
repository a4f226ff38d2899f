/**
 * The end-to-end builds differ from the shipped ones in one way: host access to the fixture papers that are not in Dubao's list (the blind11 … blind20 papers and portals among them), and to a WeChat article's host,
 * standing in for the activeTab grant a reader gives by clicking the toolbar button (which an
 * automated browser cannot click). wxt.config.ts adds it under `wxt build --mode e2e`;
 * scripts/derive-e2e-build.ts adds it to a copy of a production build, which is what `npm test` runs
 * its end-to-end tests on (so they test the very scripts that ship).
 */
export const E2E_HOSTS = [
  '*://szb.lhnews.cn/*', '*://www.macaodaily.com/*', '*://epaper.nhnews.com.cn/*', '*://mp.weixin.qq.com/*',
  // the blind11 pages' papers (tests/e2e/blind11.e2e.ts)
  ...['bjrbdzb.bjd.com.cn', 'szsb.sznews.com', 'sztqb.sznews.com', 'zqb.cyol.com', 'digitalpaper.stdaily.com', 'paper.jyb.cn', 'dzb.rmzxb.com',
    'paper.xinmin.cn', 'epaper.qlwb.com.cn', 'zjlnb.zjol.com.cn', 'ycwb.ycwb.com'].map((h) => `*://${h}/*`),
  // the blind12 pages' papers (tests/e2e/blind12.e2e.ts)
  ...['epaper.jrlanews.cn', 'epaper.fynews.com.cn', 'epaper.tlnews.com.cn', 'epaper.szrb.com.cn', 'epaper.xcnews.cn', 'epaper.hynews.cn',
    'www.jsxww.cn', 'epaper.ttxw.cn', 'epaper.yhnews.com.cn', 'epaper.lhnews.com.cn', 'epaper.lyxw.cn', 'www.dsxw.cn'].map((h) => `*://${h}/*`),
  // the blind13 pages' papers (tests/e2e/blind-pages.e2e.ts)
  ...['epaper.yynews.cn', 'epaper.kqnews.cn', 'epaper.cnxsnews.com', 'epaper.jynews.net', 'epaper.pjnews.cn', 'www.pynews.com.cn',
    'epaper.khnews.cn', 'epaper.xjnews.com.cn', 'epaper.fhnews.com.cn', 'epaper.lqnews.cn', 'epaper.synews.com.cn', 'epaper.jnnews.cn'].map((h) => `*://${h}/*`),
  // the blind14 pages' papers (tests/e2e/blind-pages.e2e.ts; the 往期回顾 page is on 湖州日报's listed host)
  ...['epaper.ptnews.cn', 'epaper.shangyu.com.cn', 'wzdsb.66wz.com', 'epaper.jhnews.com.cn', 'epaper.lishui.cn', 'epaper.cnxw.cn',
    'epaper.cixi.cn', 'epaper.cxnews.net', 'epaper.lxnews.cn', 'szb.ykrb.net', 'epaper.smnews.cn'].map((h) => `*://${h}/*`),
  // the blind15 pages' papers (tests/e2e/blind-pages.e2e.ts; 南湖晚报, 湖州日报 and the login page are on listed hosts)
  ...['daily.cnnb.com.cn', 'tzwb.tznews.cn', 'epaper.qz828.com', 'epaper.dqnews.cn', 'epaper.txnews.com.cn', 'epaper.hnrb.com.cn',
    'www.szxw.cn'].map((h) => `*://${h}/*`),
  // the blind16 pages' papers (tests/e2e/blind-pages.e2e.ts; 金华日报 and 丽水日报 were added with blind14, 嘉兴日报 and the 萧山日报 index are on listed hosts)
  ...['epaper.zhoushan.cn', 'epaper.ywsb.cn', 'epaper.zjfzb.cn', 'szb.66wz.com', 'epaper.ohnews.cn', 'epaper.yjnews.com.cn'].map((h) => `*://${h}/*`),
  // the blind17 pages' news portals (tests/e2e/blind-pages.e2e.ts), none of them a listed host
  ...['n.cztv.com', 'zj.news.cn', 'zj.people.com.cn', 'difang.gmw.cn', 'www.thepaper.cn', 'jingji.cctv.com', 'www.tianmunews.com',
    'hznews.hangzhou.com.cn', 'www.anji.gov.cn', 'zjnews.zjol.com.cn'].map((h) => `*://${h}/*`),
  // the blind18 pages' sites not listed (tests/e2e/blind-pages.e2e.ts; the 绍兴、嘉兴、钱江、湖州 and 浙江日报 pages are on listed hosts, hznews came with blind17)
  ...['pic.hangzhou.com.cn', 'www.xsnet.cn', 'www.xiaoshan.gov.cn', 'www.linping.gov.cn', 'www.haining.gov.cn', 'www.deqing.gov.cn'].map((h) => `*://${h}/*`),
  // the blind19 pages' papers not listed before (tests/e2e/blind-pages.e2e.ts; 湖州日报 is listed, the 宁波、衢州 and 桐乡 hosts came with blind15)
  ...['epaper.taizhou.com.cn', 'epaper.zhuji.gov.cn'].map((h) => `*://${h}/*`),
  // the blind20 pages' papers not listed before (tests/e2e/blind-pages.e2e.ts; the 慈溪、兰溪、新昌、玉环、余姚、龙游 and 开化 hosts came with blind12–14)
  ...['epaper.ruian.cn', 'epaper.pinghu.com.cn', 'epaper.panan.gov.cn', 'epaper.66wz.com'].map((h) => `*://${h}/*`),
  // the pages whose picture the template prints before the body (tests/e2e/blind-pages.e2e.ts: 文匯報 of blind120, 羊城晚报 of blind69)
  ...['paper.wenweipo.com', 'ep.ycwb.com'].map((h) => `*://${h}/*`),
];
