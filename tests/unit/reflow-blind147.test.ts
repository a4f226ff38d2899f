// "Use Dubao on this page" on 政务 public-account articles and the pages that carry them, from what the blind147 pages
// showed (tests/fixtures/pages/blind147-*): the follow prompt a WeChat account prints under its card at the foot of an
// article (`点击关注　了解更多`, `扫码关注我们`, `长按识别二维码关注`), left out as the prompt at the head (`点击蓝字 关注我们`)
// always was; and a short line right under a picture in a block whose class names it a caption (`<p
// class="bjh-image-caption">`, 百家号's picture caption in a block of its own after the picture's), a caption as a centred one
// always was; and a video page's dated line counting its plays (`2028年10月22日发布　1.2万次播放`), which weighs nothing
// for the forced start as a dated 来源 line never did. Snippets written for these tests in the pages' shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const P1 = '近日，区住建局、区财政局联合印发加装电梯工作实施办法，从补助标准、审批流程、资金筹措等方面推出十条举措。';
const P2 = '截至9月底，全区已累计完成既有住宅加装电梯612台，今年计划新开工180台。';
const inlinePre = (el: Element): boolean => /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');
const blocks = (inner: string): string[] => {
  const doc = parseHtml(`<html><head><title>t</title></head><body><div id="js_content">${inner}</div></body></html>`, 'https://mp.weixin.qq.com/s/AbCdEf');
  const body = doc.getElementById('js_content') as Element;
  return repairBody(body, { isPre: inlinePre }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s+/gu, '')}`);
};
const grey = (t: string): string => `<p style="margin: 0px 8px;"><span style="font-size: 12px;color: rgb(136, 136, 136);">${t}</span></p>`;
const follow = (t: string): string =>
  `<section style="text-align: center;"><img class="rich_pages wxw-img" data-type="gif" src="https://mmbiz.qpic.cn/mmbiz_gif/f/640?wx_fmt=gif"></section><section style="text-align: center;"><span style="font-size: 12px;color: rgb(0, 112, 192);">${t}</span></section>`;

describe('a WeChat follow prompt at the foot of the article', () => {
  it('is left out under the account\'s follow picture, in its forms', () => {
    for (const t of ['点击关注　了解更多', '扫码关注我们', '长按识别二维码关注', '点击关注，了解更多资讯']) {
      expect(blocks(`<p>${P1}</p><p>${P2}</p>${grey('来源：临平区住房和城乡建设局')}${grey('编辑：沈佳怡')}${follow(t)}`))
        .toEqual([`body: ${P1}`, `body: ${P2}`, 'byline: 来源：临平区住房和城乡建设局']);
    }
  });

  it('keeps a caption or a sentence that speaks of following, and the head prompt stays left out', () => {
    const cap = '市民扫码关注“临平发布”领取消费券。';
    const told = '市民可点击关注“临平发布”公众号，了解更多加装电梯政策。';
    expect(blocks(`<section style="text-align: center;"><p><span><strong>点击蓝字</strong></span><span>&nbsp;关注我们</span></p></section><p>${P1}</p>${follow(cap)}<p>${told}</p>`))
      .toEqual([`body: ${P1}`, `caption: ${cap}`, `body: ${told}`]);
  });
});

describe('a line under a picture in a block whose class names it a caption', () => {
  const img = '<div class="index-module_contentImg"><img src="https://pics0.baidu.com/feed/a.jpeg" width="640"></div>';
  const cap = '桐乡市人力社保局工作人员为企业讲解稳岗政策。';
  it('is the picture\'s caption', () => {
    for (const cls of ['bjh-image-caption', 'caption', 'img_caption']) {
      expect(blocks(`<div><p><span class="bjh-p">${P1}</span></p></div>${img}<div><p class="${cls}"><span class="bjh-p">${cap}</span></p></div><div><p><span class="bjh-p">${P2}</span></p></div>`))
        .toEqual([`body: ${P1}`, `caption: ${cap}`, `body: ${P2}`]);
    }
  });

  it('leaves a paragraph under a picture alone when no class names a caption, or when it is no caption\'s length', () => {
    const long = `${P1}${P2}${P1}`;
    expect(blocks(`<p>${P1}</p>${img}<p class="bjh-p">${cap}</p><p>${P2}</p>`)).toEqual([`body: ${P1}`, `body: ${cap}`, `body: ${P2}`]);
    expect(blocks(`<p>${P1}</p>${img}<p class="caption">${long}</p>`)).toEqual([`body: ${P1}`, `body: ${long}`]);
    expect(blocks(`<p>${P1}</p><p class="caption">${cap}</p><p>${P2}</p>`)).toEqual([`body: ${P1}`, `body: ${cap}`, `body: ${P2}`]);
  });
});

describe('a video page whose dated line counts its plays', () => {
  const page = (meta: string, summary: string): string =>
    `<html><head><meta charset="utf-8"><title>温岭：老年人免费接种流感疫苗今起开始</title></head><body><div class="video-main"><video src="v.mp4"></video>` +
    `<div class="videoinfo"><h1>温岭：老年人免费接种流感疫苗今起开始</h1><div class="playnums">${meta}</div><div class="author"><span>温岭发布</span><button>关注</button></div>` +
    `<p class="desc">${summary}</p></div></div></body></html>`;
  const summary = '温岭市继续为60周岁以上老年人免费接种流感疫苗，全市各社区卫生服务中心均可接种。';
  const forced = (html: string): boolean => detect('https://haokan.baidu.com/v?vid=1&pd=bjh', parseHtml(html, 'https://haokan.baidu.com/v?vid=1&pd=bjh'), { force: true }) !== null;

  it('is refused by the forced start: the dated line weighs nothing, as a dated 来源 line never did', () => {
    for (const meta of ['2028年10月22日发布　1.2万次播放', '2028-10-22 20:15　播放 3.6万次', '2028-10-22　1286次阅读']) expect(forced(page(meta, summary))).toBe(false);
  });

  it('still reads a short article under such a line, and weighs a line that says more than when and how often', () => {
    expect(forced(page('2028年10月22日发布　1.2万次播放', `${summary}${P2}`))).toBe(true);
    expect(forced(page('2028年10月22日，温岭市疾控中心发布接种安排', summary))).toBe(true);
  });
});

describe('a portal article inside a container named like a Founder body (div.article-content), forced', () => {
  // 今日头条's article page: div.article-content holds the page's <h1> title, the time-and-account line, the <article>
  // and a 举报 link (the blind147 今日头条 page's shape).
  const toutiao = (article: string, founderMarks = ''): string =>
    `<html><head><meta charset="utf-8"><title>舟山出台海岛民宿扶持办法 - 今日头条</title></head><body>${founderMarks}<div class="main"><div class="article-content"><h1>舟山出台海岛民宿扶持办法</h1>` +
    '<div class="article-meta"><span>2028-10-20 09:26</span><span class="name"><a href="/c/user/token/x/">舟山发布</a></span><span>浙江省舟山市人民政府新闻办公室官方账号</span></div>' +
    `${article}<div class="detail-end-tip">举报</div></div></div></body></html>`;
  const run = (html: string, url = 'https://www.toutiao.com/article/7563412345678901234/') => {
    const r = detect(url, parseHtml(html, url), { force: true });
    const got = r?.body ? repairBody(r.body).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s+/gu, '')}`) : [];
    return { r, got };
  };
  const sub = '等级民宿最高奖励30万元';

  it('reads the densest block inside it, the title, meta line and 举报 link left to the page', () => {
    const { r, got } = run(toutiao(`<article class="syl-article-base"><p>${P1}</p><h1>${sub}</h1><p>${P2}</p></article>`));
    expect(r?.body?.tagName).toBe('ARTICLE');
    expect(r?.title).toBe('舟山出台海岛民宿扶持办法');
    expect(got).toEqual([`body: ${P1}`, `heading: ${sub}`, `body: ${P2}`]);
  });

  it('keeps the container where the text is its own, and on a page with Founder markup', () => {
    // The paragraphs straight in the container: it is the densest block itself.
    expect(run(toutiao(`<p>${P1}</p><p>${P2}</p>`)).r?.body?.className).toBe('article-content');
    // Founder markup on the page (an enpcontent comment): the template's body is trusted as before.
    const marked = run(toutiao(`<article class="syl-article-base"><p>${P1}</p><p>${P2}</p></article>`, '<!--enpproperty <founder-date>2028-10-20</founder-date>/enpproperty-->'));
    expect(marked.r?.body?.className).toBe('article-content');
  });
});
