// The blind pages (tests/fixtures/pages/blind2-* … blind43-*): Founder and news pages of papers and shapes the other
// fixtures do not have, written before any rule was changed for them and never tuned against.
// Each is read the way the CLI reads a saved page (strict decoding of its bytes, linkedom, the
// page's own pre-formatting rules) and the way the content script's tests read one (happy-dom),
// and scored per page: recognised, title, date, paragraphs exact, headlines that are no headline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { reflowText, type Block } from '../../lib/reflow';
import { decode } from '../../scripts/lib/decode';
import { parseHtml } from '../../scripts/lib/html';
import { parsePage } from '../../scripts/lib/parse-page';
import { isPreformatted } from '../../scripts/lib/pre-style';
import type { FixturePage } from './fixtures';
import { PAGES_DIR } from './fixtures';
import { PRINT_SHAPES, printBlocks, type PrintShape } from './print-shapes';
import { scoreReflow } from './score-reflow';
import { scoreSet, type ScoredPage, type SetScore } from './set-score';

/** A blind page as the blind2- … blind43-manifest.json list it. */
export interface BlindPage extends FixturePage {
  /** For a page that must be left alone: what "Use Dubao on this page" must find there. */
  forced?: { title: string; date: string | null };
  /** For a page that is no article: "Use Dubao on this page" must find nothing there either (the popup then says no article was found). */
  forcedRefused?: boolean;
}

const manifest = (name: string): BlindPage[] => JSON.parse(readFileSync(join(PAGES_DIR, name), 'utf8')) as BlindPage[];

/** The blind2 pages (now a tuned set: the rules were changed for what they showed). */
export const BLIND_PAGES: BlindPage[] = manifest('blind2-manifest.json');

/** The blind3 pages (tests/fixtures/pages/blind3-*): other papers, templates and shapes, written the same way. */
export const BLIND3_PAGES: BlindPage[] = manifest('blind3-manifest.json');

/** The blind4 pages (tests/fixtures/pages/blind4-*): portal and government article pages read by "Use Dubao on this page", and Founder shapes the others lack. */
export const BLIND4_PAGES: BlindPage[] = manifest('blind4-manifest.json');

/** The blind5 pages (tests/fixtures/pages/blind5-*): 浙江 county and city papers' shapes the other sets lack, a government page dated only by its URL, a print page to leave alone. */
export const BLIND5_PAGES: BlindPage[] = manifest('blind5-manifest.json');

/** The blind6 pages (tests/fixtures/pages/blind6-*): papers outside 浙江, evening and county papers, print lines padded or one per <p>, letters, notices with a table, poems, briefs, GBK with entities. */
export const BLIND6_PAGES: BlindPage[] = manifest('blind6-manifest.json');

/** The blind7 pages (tests/fixtures/pages/blind7-*): papers of other provinces, columns in <td>s, bodies mixing <p> and <br> lines, Q&A and 任免 lists, footnotes, an English abstract, a caption-only photo page, dashes cut by a column, a Taiwan page, a numbered 公示, bullets pre-wrapped. */
export const BLIND7_PAGES: BlindPage[] = manifest('blind7-manifest.json');

/** The blind8 pages (tests/fixtures/pages/blind8-*): 浙江 county papers, an 编者按, a 短评 box, two articles on one page, a jump line, figures as text, a reader's letter, live times, an obituary, full-width figures, court notices, prev/next links in the body's container. */
export const BLIND8_PAGES: BlindPage[] = manifest('blind8-manifest.json');

/** The blind9 pages (tests/fixtures/pages/blind9-*): paragraphs split only by <br><br>, an old <FONT>/&nbsp; template, print lines in block <span>s, numbered Q&A, a 图说 page, a 专版 advertorial, a 上接/下转 pair, a 简讯 column with bold lead-ins, a Big5 page, pinyin in brackets, a 导读 before the article. */
export const BLIND9_PAGES: BlindPage[] = manifest('blind9-manifest.json');

/** The blind10 pages (tests/fixtures/pages/blind10-*): news pages that are no e-paper, read by "Use Dubao on this page" — a WeChat article, 百家号, 搜狐号, 网易号, 腾讯新闻, the 潮新闻 and 学习强国 share pages, 萧山网, 杭州网, 浙江新闻, a 政府信息公开 document, a 领导留言板 thread. */
export const BLIND10_PAGES: BlindPage[] = manifest('blind10-manifest.json');

/** The blind11 pages (tests/fixtures/pages/blind11-*): papers outside the earlier sets — 北京日报's mobile/ path with dated directories, the 深圳 papers' capitalised /PC/ family (an article and a layout), 中国青年报's nw. path with a <br> in the <h1> and a pen name, circled-number items, 一是/二是 measures, 文/图 and 融媒体 bylines, a pad page with unbracketed credits and 受访者供图, an Articel-template 公告, 【】 lead-ins, a mobile/ 新华社 reprint, a search page on a known host. */
export const BLIND11_PAGES: BlindPage[] = manifest('blind11-manifest.json');

/** The blind12 pages (tests/fixtures/pages/blind12-*): 浙江 county and city papers no earlier set had — a 镇街 report cut before a figure, a pad 村 story with a quote cut inside its marks, a 公示 with <br> contact lines and right-aligned signatures, a 图片新闻 with an unbracketed credit line, a 简讯 column with plain item headlines, a mobile/ 人大代表 profile, a family-signed 讣告 on another vendor's template, a pc/con weather and traffic brief, a 转第二版 jump, a 专版 with an 编者按, <br> print lines cut inside figures, a county site's column index. */
export const BLIND12_PAGES: BlindPage[] = manifest('blind12-manifest.json');

/** The blind13 pages (tests/fixtures/pages/blind13-*): 浙江 county papers' article shapes no earlier set printed — an interview in 记者：/name： turns, a data table with <thead>, an 编者按 label and a 记者手记 box, a 副刊 poem in unmarked lines with 作者单位, a 连载 chapter with 未完待续, a 更正 on another vendor's template, a 评论员文章 with comma-holding bold subheads, a photo story with credits in three forms, a reader's letter with a reply, ▲ items after 接第1版, a 名单 of name lines, a PDF download page. */
export const BLIND13_PAGES: BlindPage[] = manifest('blind13-manifest.json');

/** The blind14 pages (tests/fixtures/pages/blind14-*): 浙江 papers' article shapes and text no earlier set printed — sports scores with ∶ and a standings table, <br> print lines cut inside a URL, an e-mail address, a phone number and an English product name, a mobile page with an audio player and share/点赞/阅读原文 controls, a 数说 box, a 公告 with 一、（一）1. clauses, a 新华社 wire story with its headline levels out of order, a quiz with A.–D. options, a book review with the book's details, steps and 温馨提示, a court story on another vendor's template, a 组图 with numbered captions, a 往期回顾 calendar. */
export const BLIND14_PAGES: BlindPage[] = manifest('blind14-manifest.json');

/** The blind15 pages (tests/fixtures/pages/blind15-*): 浙江 papers' article shapes and text no earlier set printed — a profile with a pull quote in large type and a 人物名片 box, a 记者调查 with question subheads, <br> print lines whose paragraphs end on full-width lines, a 大事记 of dated items, an 演出信息 box with a 节目单, a pad 辟谣 with 网传：/真相： labels, a 圆桌对话 with a guest list, a pupil's essay with 指导老师 and 点评, a JCMS video story with a 三审 line, a login page. */
export const BLIND15_PAGES: BlindPage[] = manifest('blind15-manifest.json');

/** The blind16 pages (tests/fixtures/pages/blind16-*): 浙江 papers' article shapes and text no earlier set printed — print columns ending inside nested quotes and 「」, one unindented <p> per print line, a tide and weather table in text lines, a price list in <br> lines under bold category heads, plain 【案情】/【审理】/【说法】 heads, columns cut inside 2025年1—10月, 10G-PON and before 3.5%, a 公告 with 附件：1.…/2.… and contact lines, an 编者按 in a box before the byline, an interview in 记者：/潘： turns in <br> print lines, an e-paper front index. */
export const BLIND16_PAGES: BlindPage[] = manifest('blind16-manifest.json');

/** The blind17 pages (tests/fixtures/pages/blind17-*): news portal and city news pages that are no e-paper, read by "Use Dubao on this page" — an article beside a longer comment list, 新华网's 【纠错】 line, 人民网's two-page bar, 光明网's 原标题 and print-source lines, 澎湃's body split by a 推荐阅读 box and an advertisement, 央视网's video placeholder, 天目新闻 titled only in <title>/og:title, 杭州网's 点击查看专题 box, a JCMS government 新闻动态 page, and a portal channel list the forced start must refuse. */
export const BLIND17_PAGES: BlindPage[] = manifest('blind17-manifest.json');

/** The blind18 pages (tests/fixtures/pages/blind18-*): pages that are no article, on e-paper hosts Dubao lists and elsewhere, which Dubao leaves alone and the forced start must refuse — a 版面导航 with titles in <div>s, a 往期回顾 calendar with a digest, a PDF page, a 检索结果 page with snippets in <div>s, a 图集 of short captions, a video page with a one-sentence summary, a not-found page on an article URL, a 专题 landing page with summaries in <div class="item">, a 留言板 list — and three short or unusual articles it must still read (a 简讯, a body in one <div> per paragraph, a 图片新闻 with a paragraph-long caption). */
export const BLIND18_PAGES: BlindPage[] = manifest('blind18-manifest.json');

/** The blind19 pages (tests/fixtures/pages/blind19-*): 浙江 papers' shapes no earlier set printed — a mobile/ body in a <table> of one <td> per print line, print lines each in a <font> with &nbsp; indentation, a pad page with pictures and captions between (and inside) paragraphs, 一是…四是… measures in one paragraph cut by columns, a mobile/ 问/答 column with bold labels, a pad poem in <br> stanzas, a signed 更正, a 本版导读 box inside the body's container, and three pages to leave alone (a day's PDF 下载 table, a 报刊订阅 page, a mobile/ 版面). */
export const BLIND19_PAGES: BlindPage[] = manifest('blind19-manifest.json');

/** The blind20 pages (tests/fixtures/pages/blind20-*): 浙江 papers' shapes no earlier set printed — one <div> per print line with blank <div>s between paragraphs, print lines in one <pre> with &#12288; indentation, a 图片新闻 of three headed picture items, a 通告 in 第一条…第六条 clauses, a title printed as a picture (its alt text only), <br> print lines cut inside Latin words (G / DP, M / ES, 5 / G), a byline after the last paragraph, centred ◆ subheads with a blank <p> after every paragraph, and three pages to leave alone (a day's 本期目录 in a <dl>, a press group's 数字报刊 entry, an e-paper's 使用帮助). */
export const BLIND20_PAGES: BlindPage[] = manifest('blind20-manifest.json');

/** The blind21 pages (tests/fixtures/pages/blind21-*): 浙江 county papers' shapes no earlier set printed — the body and properties as <enpcontent>/<enpproperty> elements, <br> print lines padded with ASCII spaces, hyphens a column added inside English words (Ti- / kTok), a blank <p> where a column cut a sentence, 引题/主题/副题 in <td>s with no <founder-title>, a 本报评论员 print line, a table titled by its <caption>, a 连载 (下) with 接上期/全文完, Q：/A： turns, a 公示 with a name table, a traditional-character county edition, print lines as source newlines inside <p>s, a speech with 同志们：, <div> paragraphs cut by a <br>, indentation-only lines between paragraphs, and four pages to leave alone (a pdf.js viewer, a 往期 list, a login wall on an article URL, a 版面 thumbnail index). */
export const BLIND21_PAGES: BlindPage[] = manifest('blind21-manifest.json');

/** The blind22 pages (tests/fixtures/pages/blind22-*): papers on hosts no earlier set used, in shapes no earlier set printed — a pad page whose font#author holds the byline, a mobile/ page with captions before <founder-content>, an 编者按 box of <br> print lines, a 简讯 column of bold item titles, <p> per print column holding <br> lines, ● and 一、 and 【…】 小标题 as lines of their own, a 新华社 reprint with its 电头, a 电头 cut off alone by a column, a 图片新闻 whose captions sit in table#newspic only, nested tables with a <div> per print line, a 专访 with bold unlabelled questions, a 特稿 with an 引言 and a drop cap, pre-wrapped lines closing with a bracketed credit, a <br> inside font#main-title — and four pages to leave alone (a 全文检索 table, a pc/column 版面导航, a video page with a two-sentence summary, a 读者留言 guestbook). */
export const BLIND22_PAGES: BlindPage[] = manifest('blind22-manifest.json');

/** The blind23 pages (tests/fixtures/pages/blind23-*): 浙江 papers on hosts no earlier set used, in shapes no earlier set printed — a continuation whose first print line is （上接第1版） alone, 【】 heads in bold <p>s with bold runs cut by a column, <br> print lines cut inside figures and Latin words with no hyphen (2,0 / 00万吨, GD / P), a table of figures printed as text lines, two poems one <p> per line with &nbsp; stanzas, a 通告 and a 讣告 and a 征稿启事 in <br> lines closing with an office and a date, 问：/答： turns in <br> lines, a 评论 signed 本报评论员 at its end, a 图为 caption between a paragraph's halves, <br><br> at paragraph and column ends, dialogue lines, a ■相关链接 box, a ——记 subtitle as the body's first <p>, columns cut right after a closing quote — and four pages to leave alone (a login page, a 往期回顾 calendar, a PDF download list, a paper's home page). */
export const BLIND23_PAGES: BlindPage[] = manifest('blind23-manifest.json');

/** The blind24 pages (tests/fixtures/pages/blind24-*): 浙江 county papers on hosts no earlier set used, in shapes no earlier set printed — pad and mobile/ pages titled only in font#main-title and dated only in the page header, a pad page whose font#author holds the byline, a pc/ page dated only in its head, the enpproperty comment with 引题/副题/author fields and in the CMS's long form, bylines and credits alone on a line (通讯员 X 记者 Y 文/摄, ■本报记者, 见习记者, 融媒记者, 文/摄 first, □ 文 X, （记者 X 通讯员 Y） at the end), 责任编辑/校对/美编 lines, a 图片新闻 with captions before the body ending in 图/X, a 访谈 with bold speaker names, a 任前公示 with a colon line and one <p> per person, columns and print lines cut right after ：“, a 要闻导读 of headed items, a 乡镇快讯 of colon titles, one <p> per print line with no blank lines, a page declaring GBK whose bytes are UTF-8 — and three pages to leave alone (a government article with 责编 and share bars, a day's edition index, a search result page). */
export const BLIND24_PAGES: BlindPage[] = manifest('blind24-manifest.json');

/** The blind25 pages (tests/fixtures/pages/blind25-*): Founder pages of papers outside 浙江 — a central daily's pc/ and pad/ twins (本报北京…电, 本报记者 X 实习生 Y, a 新华社发 caption), provincial dailies (湖北日报全媒记者 X, □ X日报评论员, a 新华社 story with 新华社记者 X 摄, 本报…讯（记者 X）, 引题/副题 and bold subheadings, a pad byline with 实习生 in font#author), an evening paper's 新华社 reprint ending （据新华社北京…电）, Founder markers on a path of no Founder shape (forced) — portal articles the forced start reads without their 责编 lines, print-source lines, share bars, related lists and comment boxes (光明网, 人民网, 中国新闻网), and three pages to leave alone (a portal channel page, a video page, a paper's PDF-only page). */
export const BLIND25_PAGES: BlindPage[] = manifest('blind25-manifest.json');

/** The blind26 pages (tests/fixtures/pages/blind26-*): 浙江 city and county papers on hosts no earlier set used, in the article kinds the earlier sets held least — a 副刊 essay of one-sentence paragraphs, a modern poem in <br> lines with blank lines between stanzas, a 诗词 corner of couplets with a 注释, interviews (记者：/答：, 问：/答：, bold speaker names, 【记者】), lists (一是/二是, （一）（二） sections, 1. 2. and ①②), a 答记者问 with headed sections, a 读者来信 with its 编者按, a weather and traffic box — cut where the print columns ended, mid-sentence and right after a list number or a speaker's colon — and three pages to leave alone (a 版面导航 in a table, a PDF-only page in an <iframe>, a full-page 广告 on a content path). */
export const BLIND26_PAGES: BlindPage[] = manifest('blind26-manifest.json');

/** The blind27 pages (tests/fixtures/pages/blind27-*): 浙江 city and county papers on hosts no earlier set used, in ordinary news — 会议 reports, 民生 stories, 经济 news of figures and percentages, court and police news, 通讯 features under sub-headings, 短讯 columns of short items under bold titles — cut by print columns mid-sentence, mid-number (12. / 5万亩), right after an opening quote or bracket and right before a closing 。”, in each markup family (<br> print lines with empty lines, <p> per column, pre-wrap indented, plain unindented <p>), with bylines, credits and captions, and three pages to leave alone (a front door's redirect, a share page of a QR code, a layout with a 导读 under each title). */
export const BLIND27_PAGES: BlindPage[] = manifest('blind27-manifest.json');

/** The blind28 pages (tests/fixtures/pages/blind28-*): papers on hosts no earlier set used, in 浙江 and other provinces, aimed at the mistakes the held-out figure still shows — print columns cut right after a sentence end on a full line (<br> lines with empty lines at column ends, <p> per column, pre-wrap indented, plain unindented <p>), one-line fragments at a column's foot or head (a paragraph's first line ending in a dash or a comma, a paragraph's last line) beside real one-line subheadings, bylines and credits (…全媒体记者 X, □ 本报评论员, 青岛日报/观海新闻记者 X, （据新华社北京…电）, a closing bracketed credit), paragraphs ending in a colon before an explicit break (…通知如下：, …三个变化：, 他说：), contact and signature lines, and pre-wrap plain text whose paragraphs end on full lines. */
export const BLIND28_PAGES: BlindPage[] = manifest('blind28-manifest.json');

/** The blind29 pages (tests/fixtures/pages/blind29-*): papers on hosts no earlier set used, outside 浙江, of kinds the earlier sets held few of — a long article with runs of one-sentence paragraphs (<br> lines with empty lines at paragraph and column ends), an interview of 问：/答： paragraphs, a list of honoured families by county, a 停水通知 with a table, contact and signature lines, a photo story of three captions, 新华社 and 大众日报 reprints with 来源： lines, pre-wrapped text without indentation, titles only in <title> or the enpproperty comment — and three pages to leave alone (a layout page, a 往期回顾 month list, a portal article). */
export const BLIND29_PAGES: BlindPage[] = manifest('blind29-manifest.json');

/** The blind30 pages (tests/fixtures/pages/blind30-*): papers on hosts no earlier set used, in every family, of kinds and bylines the earlier sets held few of — a long pad feature with runs of one-sentence paragraphs, an interview after an 编者按 with a 见习记者 byline, pre-wrapped text without indentation or blank lines (a 本报讯 story, a story with a 记者手记), a 更正 with its signature and date, a list of prize winners, an 招生 notice with a table, a photo story of four captions with 摄影 credits, a byline inside the first paragraph's element, a three-name byline after the body, a 新华社 reprint with 来源： first — and three pages to leave alone (a pad layout, a mobile 往期 list, a government portal article). */
export const BLIND30_PAGES: BlindPage[] = manifest('blind30-manifest.json');

/** The blind31 pages (tests/fixtures/pages/blind31-*): national and other-province Founder papers and portal pages on hosts no earlier set used, in every family — a pc long feature with runs of one-sentence paragraphs beside its pad twin, a pad interview of 问：/答： with a caption before <founder-content>, city papers carrying 湖北日报 (□ 湖北日报评论员, 湖北日报全媒记者 X) and 人民日报 (人民日报记者 X) text, a 新华社记者 X story in <br> lines, a notice with a table and contact lines, a photo story of three captions before the body, a list of names by province, paragraphs ending in a colon before an explicit break, a page titled only in the enpproperty comment, a page declaring GB2312 whose bytes are UTF-8 — and three pages to leave alone (a 光明网 article with its print-source and 责编 lines, a 光明网 channel list, a pc layout). */
export const BLIND31_PAGES: BlindPage[] = manifest('blind31-manifest.json');

/** The blind32 pages (tests/fixtures/pages/blind32-*): 浙江 county and city papers and other-province city papers on hosts no earlier set used, in every family — <br> print lines with an empty line at paragraph and column ends (a column cut right after ……”, a 新华社 电头 story titled only in <title>), <p> per column (a cut right after 。”, a one-line fragment ending ——, a 安徽日报 reprint titled only in the enpproperty comment), pre-wrapped text with and without indentation, a pad interview of 问：/答： with an unbracketed caption credit, a 公告 with a table, telephone and signature lines, a 名单 of families by district, a photo story with a caption between a paragraph's halves — and three pages to leave alone (a classic layout, a mobile layout, a city news portal article). */
export const BLIND32_PAGES: BlindPage[] = manifest('blind32-manifest.json');

/** The blind33 pages (tests/fixtures/pages/blind33-*): pages read by "Use Dubao on this page" on hosts no earlier set used — county news portal articles (a long article with runs of one-sentence paragraphs, 来源/编辑/审核 lines, a comment box; a photo story of three captions), government TRS articles (<meta name="ArticleTitle">: a 通告 with a table, a 政策解读 of 问：/答：), a newspaper group portal reprint with its print-source line and [ 责编 ] — four Founder pages of unusual markup (a title only in the enpproperty comment, a pad photo story with three captions before <founder-content>, a pc 名单 titled only in <title>, a mobile 浙江日报 reprint pre-wrapped with a caption before the body) and three pages to leave alone (a channel list, a front page, search results). */
export const BLIND33_PAGES: BlindPage[] = manifest('blind33-manifest.json');

/** The blind34 pages (tests/fixtures/pages/blind34-*): 浙江 county papers and other provinces' city papers on hosts no earlier set used, in every family and print shape — a long feature with dialogue cut by column ends (<br> lines with empty lines at paragraph and column ends), a pad long feature and a pc 专访 of 问：/答： (<p> per column, a caption before <founder-content>), a pad 本报讯 briefs column under bold titles, a mobile 本报评论员 commentary and a classic story pre-wrapped without indentation, a 新华社 reprint and a 本报讯 story pre-wrapped with indentation (titles only in <title> or the enpproperty comment), a mobile 浙江日报 reprint with 来源 last, a pc 名单 of names and units, a 停水通告 with a table, 联系人/电话 and signature lines, a pad photo story with a caption between a paragraph's halves, a classic 答记者问 titled only in the enpproperty comment — and two pages to leave alone (a pc layout, a portal channel list). */
export const BLIND34_PAGES: BlindPage[] = manifest('blind34-manifest.json');

/** The blind35 pages (tests/fixtures/pages/blind35-*): 浙江 county papers and 江西 and 福建 city papers on hosts no earlier set used, in every family and print shape — a long 通讯 under bold section heads (<br> lines with empty lines at paragraph and column ends), a pc 本报讯 story with a pretitle and a subtitle dated only by its URL and a front-page story cut by （下转第3版） (<p> per column), a pad 问答 column with an 编者按 and a 记者手记, a mobile photo group of three captions with 摄 credits, a 公示 of name rows pre-wrapped with indentation, a pc story pre-wrapped without indentation after an 编者按 (dated only by the enpproperty <date> form), a pad second half opening （上接第1版）, a gb2312-declared page whose bytes are UTF-8 with 来源 last, a mobile story titled only in the enpproperty comment under a pretitle, a pc 交通管制通告 with a table and two signatures — and two pages to leave alone (a classic layout, a portal article read by "Use Dubao on this page"). */
export const BLIND35_PAGES: BlindPage[] = manifest('blind35-manifest.json');

/** The blind36 pages (tests/fixtures/pages/blind36-*): 江苏 county and city papers on hosts no earlier set used, in every family and print shape — a long 通讯 with runs of one-sentence paragraphs under a 【聚焦】 label cell and a byline of two lines (<br> lines with empty lines at paragraph and column ends), a pc 本报讯 story with a column name beside its title and a bracketed credit last (<p> per column), a mobile 访谈 of 记者：/name： turns under main-title and sub-title fonts with a 文/图 byline, a pad 问答 under intro-title, main-title and sub-title fonts, a classic story pre-wrapped without indentation in runs of short paragraphs, a pc story pre-wrapped with indentation titled only in the enpproperty comment, a photo story with 图为 captions between paragraphs, a table of figures after …如下表所示：, a mobile list of names and units, a 新华日报 reprint with 【】 heads and 来源 last, a pad layout with a 一版导读 box — and two pages to leave alone (a portal channel list, a paper's 征订 page). */
export const BLIND36_PAGES: BlindPage[] = manifest('blind36-manifest.json');

/** The blind37 pages (tests/fixtures/pages/blind37-*): 浙江 county and city papers on hosts no earlier set used, in every family and print shape — a long 通讯 under three 小标题 with runs of one-sentence paragraphs where one empty line ends both a paragraph and a column (<br> lines with empty lines at paragraph and column ends), a story titled only in the enpproperty comment in the same shape, a pc story cut by column ends after a closing ……” and after a colon and a pad story (on a host seen before only under pc/) with three 小标题 cut the same way (<p> per column), a mobile 问答 after an 编者按, a 停航通告 with contact, signature and date lines last, a pc 图片新闻 of one long caption, a pad 名单 of ten families, a pc story under three 小标题 declared utf-8 whose bytes are GBK, a pc story pre-wrapped with indentation titled only in <title>, a classic 湖州日报 reprint pre-wrapped without indentation with 来源 last — and two pages to leave alone (an e-paper home page with date and edition pickers, a search-results page). */
export const BLIND37_PAGES: BlindPage[] = manifest('blind37-manifest.json');

/** The blind38 pages (tests/fixtures/pages/blind38-*): 浙江 county and district papers on hosts no earlier set used, in every family and print shape — a long 通讯 of twenty-two paragraphs under three 小标题 with runs of one-sentence paragraphs and a 通讯员-first byline (<br> lines with empty lines at paragraph and column ends), pre-wrapped text without indentation where paragraphs and sentences end on full lines (a pc story, a classic 本报讯 story titled only in the enpproperty comment with （通讯员 X 记者 Y） last, a classic story under two 小标题 titled only in <title>), a pad 专访 of 记者：/name： turns under a ——访 subtitle, a mobile 问答 after an 编者按, a classic long 通讯 under three <strong> 小标题 with one 记者 and two 通讯员, a pc photo page of four captions with a 摄影 byline, a pad second half opening （上接第1版） cut by column ends, a pc front-page story under a pretitle ending （下转第2版）, a 停电通知 with a table, contact, signature and date lines, a mobile 名单 of ten volunteers — and two pages to leave alone (a 征订及广告刊例 page, a classic layout). */
export const BLIND38_PAGES: BlindPage[] = manifest('blind38-manifest.json');
/** The blind39 pages (tests/fixtures/pages/blind39-*): papers outside 浙江 (江苏, 江西, 湖北, 湖南, 山东, 河南, 四川, 广东, 安徽) on hosts no earlier set used, in every family and print shape — a long 通讯 under three 小标题 with runs of one-sentence paragraphs and a story titled only in the enpproperty comment (<br> lines with empty lines at paragraph and column ends, one serving both), a pc story under an h3 引题 and h2 副题 with a 首席记者 byline and a pad story with a caption before <founder-content> and a 全媒体记者 byline (<p> per column, a cut inside a sentence, right after 。” and after a comma), a pad 问答 with a 见习记者 byline and a two-word answer going on in a second paragraph, a mobile 名单 of names in rows and projects, a 公告 with a table, 咨询电话, signature and date, a pc photo story of three captions, a 南方日报 reprint with 来源 last, a pc story titled only in <title> with a 特约通讯员 byline and a mobile reprint with （据《大众日报》报道） last (pre-wrapped without indentation) — and two pages to leave alone (a portal article with 责编 and share bars, a pc layout with an image map). */
export const BLIND39_PAGES: BlindPage[] = manifest('blind39-manifest.json');

/** The blind40 pages (tests/fixtures/pages/blind40-*): 浙江 city and evening papers and supplements on hosts no earlier set used, in every family and print shape — five pages pre-wrapped without indentation (a classic long story of seventeen paragraphs with runs of one-sentence paragraphs, a pc story opening with three quoted turns of a dialogue, a classic story under two 小标题 titled only in <title>, a classic 快评 titled only in the enpproperty comment under a □ byline, a mobile reprint with 来源 last), a classic 评论员文章, a pad 读者来信 with its signature, a pc page of four 简讯 each under its title, a pad recipe of numbered steps, a pc photo story of three captions, a mobile 问答 cut by column ends — and two pages to leave alone (a pad layout, a portal channel list). */
export const BLIND40_PAGES: BlindPage[] = manifest('blind40-manifest.json');

/** The blind41 pages (tests/fixtures/pages/blind41-*): 江苏, 安徽, 福建, 江西, 湖北 and 上海 papers on hosts no earlier set used, in every family and print shape — a classic continuation opening （上接第1版） alone (<p> per column, cut inside a sentence and right after 。”), a pad 一问一答 of five numbered bold 问： lines each answered 答：, a classic 公告 page of 讣告, 注销公告 and 遗失声明 with right-aligned signatures and dates, a mobile 人物 feature of one-sentence paragraphs with a 人物简介 box, a pc story under an h3 引题 and h2 副题 with two byline lines (记者, 见习记者; 通讯员), two pages pre-wrapped without indentation (one-sentence paragraphs; long paragraphs), a classic <br>+blank page where one empty line ends both a paragraph and a column, a pad photo story of four captions, a mobile reprint titled only in the enpproperty comment with 来源 last, a long classic story under two 小标题 titled only in <title> — and two pages to leave alone (a portal 分类信息 list, the e-paper's search page). */
export const BLIND41_PAGES: BlindPage[] = manifest('blind41-manifest.json');

/** The blind42 pages (tests/fixtures/pages/blind42-*): national and sector papers on hosts no earlier set used, in every family and print shape — a pc report under an h3 引题 and h2 副题 with a 本报记者 X Y byline (a column cut after a comma), a classic long report of twenty-five paragraphs under three bold 小标题 with a □ 本报记者 byline, a pad 本报评论员文章 titled in font#main-title, a classic court story pre-wrapped without indentation, a mobile 访谈 of bold 记者：/答： turns, a pc 图片新闻 strip of four captions each with its 摄 credit, a classic story with a 数据 box of ● figures and a 数据来源 line, a pc 时评 column with □ X first and （作者为…） last, a mobile 新华社…电（记者 X Y） wire story, a pad 名单 titled only in the enpproperty comment, a pc story pre-wrapped without indentation titled only in <title> — and two pages to leave alone (a pc 版面导航 layout with an image map, a 往期回顾 date picker). */
export const BLIND42_PAGES: BlindPage[] = manifest('blind42-manifest.json');

/** The blind43 pages (tests/fixtures/pages/blind43-*): 浙江 city papers' inside pages on second hosts no earlier set used, in every family and print shape — a classic 副刊 散文 of one-sentence paragraphs and quoted dialogue, a pad page of three short poems each under its title and author, a mobile 书评 with the book's details second, a pc 周刊 feature with an 编者按 in a box before the byline, a classic 法治 case story with a 化名 note and a 法官说法 box, a pad 健康 问/答 with the expert's unit in brackets, a pc 专版 of numbered sections with bold heads and a 联系电话 line, a mobile 文史 page with a ①②③ 注释 list, a classic 读者来信 with its 编辑回复, two pages pre-wrapped without indentation (a classic 散文 titled only in <title>, a pc report titled only in the enpproperty comment) — and two pages to leave alone (a classic 数独 puzzle page, a pc photo page with only its headline). */
export const BLIND43_PAGES: BlindPage[] = manifest('blind43-manifest.json');

/** The blind44 pages (tests/fixtures/pages/blind44-*): 浙江 news portal, county news and government article pages that are no e-paper, read by "Use Dubao on this page" on hosts no earlier set used — a 杭州网 long story of one-sentence runs under two bold 小标题 with 【责任编辑：…】 inside the container, a 中国宁波网 答记者问 of bold 问： turns (title in an h2), a 温州网 名单 of centred district names with 审核/校对 after it, a 嘉兴在线 photo story of four grey captions, a 绍兴网 story under a video and its caption, a 金华新闻网 story in sibling <div>s with an ad slot, a 舟山网 reprint with 来源, print-source, 责任编辑 and 审核 lines, a 台州新闻网 story titled only in <title>, a WeChat-style 丽水网 mirror, a 浙江在线 教育 TRS page, a 嵊州 政务动态 in a layout table, a 兰溪 政策解读 of numbered questions — and two pages where forcing must find nothing (the 浙江在线 home page, a county news list). */
export const BLIND44_PAGES: BlindPage[] = manifest('blind44-manifest.json');
/** The blind45 pages (tests/fixtures/pages/blind45-*): pages on the hosts of Dubao's own site profiles (萧山日报, 浙江日报, 嘉兴日报 and 南湖晚报, 绍兴日报, 湖州日报, 钱江晚报, 杭州日报 and 都市快报, 人民日报), in every family each profile serves and in families they do not list — a classic 要闻 lead of <br> print lines under an 引题 and 副题, a mobile 评论, a classic long report under three bold 小标题, a pad photo story of three captions, a pc 名单 of district lines, a pad 问/答 访谈, a classic story pre-wrapped with indentation, a pc reprint with 来源 last, a classic 时评 titled only in <title>, a classic 通告 with two signers, a classic 记者/陈师傅 访谈, an article_detail lead, a 本报评论员 article — and two pages to read as layouts (a classic 版面 page, a page_list 目录). */
export const BLIND45_PAGES: BlindPage[] = manifest('blind45-manifest.json');
/** The blind46 pages (tests/fixtures/pages/blind46-*): more pages on the hosts of Dubao's own site profiles, where blind45 did not go (人民日报's pad/, mobile/ and older nw. pages, 绍兴日报's pad/ and mobile/, 嘉兴日报's mobile/, the hosts ehzrb.hz66.com, qjwb.zjol.com.cn, xsrb.xsdaily.com, mdaily.hangzhou.com.cn and epaper.sxnews.cn) — a pad 要闻 lead under an 引题 and 副题, a mobile 本报评论员 article of twenty paragraphs under three 小标题 neither bold nor indented, an nw. 名单 of ten family lines, a pad photo story whose three captions carry no credit, a mobile reprint with 来源 last whose enpproperty comment has no title, a mobile 公示 with a table, a GBK classic story pre-wrapped without indentation, a classic long report under three bold 小标题, a classic 要闻 lead of <br> print lines under an 引题 and 副题, an article_detail 健康 问/答, a classic 评论 titled only in <title> and the comment, a pad story (a family its profile does not list) titled only in the comment — and two pages to read as layouts (a pc 版面 page, a classic 本期目录). */
export const BLIND46_PAGES: BlindPage[] = manifest('blind46-manifest.json');
/** The blind47 pages (tests/fixtures/pages/blind47-*): inside pages of Zhejiang city papers on the second hosts blind43 used (宁波日报, 温州日报, 台州日报, 丽水日报, 金华日报, 衢州日报, 舟山日报, 湖州日报, 绍兴日报, 嘉兴日报), in families blind43 did not use there, and 萧山日报 and 绍兴日报 on their own hosts — a pad 副刊 散文 of eighteen paragraphs, runs of one sentence, a classic 组诗 of three numbered poems whose lines stay lines, a mobile 连载 with 上期回顾 and （未完待续）, a classic 专版 of four items under bold 小标题, a pad 图片新闻 of four uncredited captions, a pc 便民 page of short weather lines, a classic 法治 以案说法 with a 法官说法 part titled only in the enpproperty comment, a pc 公示 with a table and a 名单 line, a mobile 讣告, a classic 读者来信 with 编辑的话, a classic 理论 page with [N] notes and 参考文献, a pc 人物 profile with a 人物简介 box — a 象棋 puzzle page to leave alone, and a classic 版面导航 page to read as a layout. */
export const BLIND47_PAGES: BlindPage[] = manifest('blind47-manifest.json');
/** The blind48 pages (tests/fixtures/pages/blind48-*): Zhejiang city papers on the second hosts blind47 used and 慈溪日报, in families not used there, where the credits take the forms earlier sets took thinly — a classic report of twenty paragraphs with a 记者 line of three names and two 通讯员 after their units and an 编辑/校对/审核 line last, a pad 图片新闻 titled only in the header fonts whose captions (记者 X 摄, 通讯员 X 供图) come before the body, with 文/图 全媒体记者 and 视觉 credits, a pc 专访 in 问：/答： turns under a 全媒体记者/见习记者/特约通讯员 line and a 责任编辑 line, a mobile county story by a 县融媒体中心记者 with an 本文转载自 line, a classic 本报评论员 article titled only in the comment, a mobile 通告 whose items follow a paragraph ending in a colon and whose contact, address, signers and date close it, a pad 获奖名单, a mobile 浙江日报 reprint with 来源 last, a classic wire story with 据新华社电 last, a pc photo story with captions in the body and 融媒记者 and 摄影/制图 credits, a mobile 特约评论员 column — a pc 版面 page to read as a layout and a classic 电视节目预告 page to leave alone. */
export const BLIND48_PAGES: BlindPage[] = manifest('blind48-manifest.json');
/** The blind49 pages (tests/fixtures/pages/blind49-*): papers outside Zhejiang on second hosts (湖北日报 on epaper.hubeidaily.net and epaper.cnhubei.com, 光明日报 on epaper.gmw.cn) and the hosts of Dubao's own profiles (人民日报, 浙江日报, 嘉兴日报, 绍兴日报, 湖州日报, 萧山日报, 钱江晚报), in the four families, in news forms earlier sets took thinly — a pad 特稿 under bold numbered 小标题 with a 相关链接 box and a 湖北日报全媒记者 line, a classic □ 湖北日报评论员 article whose paragraphs a column cuts right after a quotation closing ……” and mid-sentence, a pc 访谈 in two parts with a bold 编者按 and bold 记者： questions, a pc 副刊 书评 under a bare name with （作者单位：…） last, a classic 更正, a pc report with a 数读 box of bold figures, a mobile 招聘公告 of bold numbered clauses with a table, a classic 寻人启事 titled only in the comment, a classic <br> print-line 提醒 whose numbered items follow a paragraph ending in a colon, a pad 图片报道 whose framed captions come before the body and whose title is only in the header fonts, a mobile report with a 短评 box — a pc 版面 page to read as a layout and a classic 开奖公告 page to leave alone. */
export const BLIND49_PAGES: BlindPage[] = manifest('blind49-manifest.json');
/** The blind50 pages (tests/fixtures/pages/blind50-*): news pages that are no e-paper, read by "Use Dubao on this page", on sites earlier sets covered thinly — a 人民网 时政 article with two bold 小标题, its print-source line, a 责编 line and a share box in the text's container, a 新华网 地方 article with its 电头 in the first paragraph, a caption, 【纠错】 and 【责任编辑】, a 光明网 page on the Founder CMS with 《光明日报》（…07版） and [ 责编：X ], a county 融媒体中心 site's article declaring UTF-8 whose bytes are GBK, with 来源/作者/发布时间, 打印本页/关闭窗口 and 上一篇/下一篇, a 政府信息公开 通知 under a 索引号/发布机构 table, a 澎湃-style page of CSS-module classes with a 图 caption and 责任编辑/校对 lines, a 潮新闻-style share page titled in a <div>, a 大众网 portal article among 热点 and 相关新闻 lists with a 相关新闻 box inside its text — Founder pages on hosts no profile knows titled in no known element (a classic <br> print-line page titled in td.bt, a pc page in div.newstitle declaring GB2312 whose bytes are UTF-8, a mobile page in h3.art-tit under <title>X日报·数字报) — and two portal pages the forced start must refuse (a channel index of headlines over one-sentence summaries, a search page). */
export const BLIND50_PAGES: BlindPage[] = manifest('blind50-manifest.json');
/** The blind51 pages (tests/fixtures/pages/blind51-*): Zhejiang county and city papers (萧山日报, 绍兴日报, 嘉兴日报, 湖州日报, 温州日报, 金华日报, 台州日报, 宁波日报, 衢州日报, 丽水日报, 舟山日报) in the four families whose article body is print text — print lines ending in <br> with a blank line at paragraph and at column ends (indented or not), one <p> per column piece, pre-wrapped text with and without indentation, with or without a blank line at column ends — 11 to 24 wide and 4 to 20 tall, with captions between a paragraph's two halves, bold 小标题 inside the columns, column cuts right after ……” and after a one-line fragment ending in ， or ——, sentences ending on a full line that end their paragraph or do not, numbered items after a colon, a 通告's contact, signer and date lines. */
export const BLIND51_PAGES: BlindPage[] = manifest('blind51-manifest.json');
/** The blind52 pages (tests/fixtures/pages/blind52-*): Zhejiang county and city papers (萧山日报, 绍兴日报, 嘉兴日报, 湖州日报, 温州日报, 金华日报, 台州日报, 宁波日报, 衢州日报, 丽水日报, 舟山日报) in the four families whose article body is print text, set harder than blind51 — <br> print lines with a blank line at paragraph and column ends, one <p> per column piece, pre-wrapped text indented and plain, 11 to 24 wide and 4 to 12 tall — with a bold 编者按 before the body and the byline at the next column's top, credits at the last column's foot, 小标题 at a column's top, captions between a paragraph's halves in pre-wrap and <p>-per-piece text, column cuts right after ……” and after a full line ending in ， or ——, a 名单 and a price list as print lines, two 通告s whose contact, address, signer and date lines a column cuts, and figures and Latin words (5G, AIS, GDP, 2024年, 12.5%) cut by the line end. */
export const BLIND52_PAGES: BlindPage[] = manifest('blind52-manifest.json');
/** The blind53 pages (tests/fixtures/pages/blind53-*): the commonest real shape, one <p> per paragraph, on papers outside Zhejiang and inside (南方日报, 新华日报, 解放日报, 大众日报, 四川日报, 河南日报, 安徽日报, 福建日报, 江西日报, 湖南日报, 杭州日报, 宁波日报, 温州日报) in all four Founder families, with what is hard around and inside the body — three-part headlines in h3/h1/h2, td.font01–font03, the pad header fonts and both enpproperty forms, a lead 本报讯（记者 X） glued to the first paragraph, bylines and credits at the end in every form (（记者 X）, 记者 X 摄, 文/X 图/Y, 本版编辑 X 美编 Y, 责任编辑：X, （作者系……）), （下转第3版） and （上接第1版） as lines of their own, 一、 （一） ■ ◆ and bold 小标题 and 小标题 that are questions, an interview in 记者：/name： turns some several paragraphs long, a 链接 and a 相关阅读 box after the body, a 图片新闻 with a group of captions, a poem in short lines, a table given as <p> rows, a 简讯 page of three items each under its own bold headline — and a pad layout and a 往期 calendar to leave alone. */
export const BLIND53_PAGES: BlindPage[] = manifest('blind53-manifest.json');
/** The blind54 pages (tests/fixtures/pages/blind54-*): odd markup as real e-paper pages have it, in the four Founder families, Zhejiang papers (萧山日报, 浙江日报, 绍兴日报, 嘉兴日报, 湖州日报, 温州日报, 台州日报, 宁波日报, 衢州日报, 丽水日报, 舟山日报) and two of other provinces (江西日报, 安徽日报) — indentation by &nbsp; runs, full-width spaces, &#12288; and text-indent, mixed within a page; <font> pieces splitting a paragraph, bold lead-ins; <br/><br/> and a stray <br> inside a <p>; empty <p>s and <p>&nbsp;</p>; text directly in <div>s and a <td>; a <table> layout inside founder-content; <script>, <style>, comments and <noscript> in the body; pictures in tables with the caption in the next row; entities; half-width punctuation after Chinese; upper-case tags with unquoted attributes; a malformed enpproperty comment; the title repeated as the body's first paragraph — and a layout with an image map and an error page on an article URL to leave alone. */
export const BLIND54_PAGES: BlindPage[] = manifest('blind54-manifest.json');
/** The blind56 pages (tests/fixtures/pages/blind56-*): central papers' e-paper pages (人民日报 in its pc/, pad/, older nw. and nbs. paths, 光明日报, 经济日报, 中国青年报, 农民日报, 法治日报, 工人日报, 中国纪检监察报, 学习时报) in the four Founder families, with what is hard on them — 本报评论员 alone at the body's top (plain and bold) with no other byline, 人民日报记者 X、Y over a lead opening 本报北京12月3日电, a 新华社 reprint with a caption credited 新华社记者 X 摄 and 新华社记者 X last, （据新华社北京12月3日电） last, a 理论版 article under 作者：X with numbered bold 小标题, quotations of documents in 《》, note marks ［1］ and a 注释 list, a 记者手记, a 编后 and a 短评 box after the body (two with their own title), a table given as <p> rows with 数据来源 under it, a 图片新闻 credited 新华社发, 人民视觉 and 记者 X 摄, a court 公告 with 特此公告, the court's name and a date in Chinese numerals, the old 人民日报 template's <br> print lines — and an nbs. layout page to read as a layout and a 往期回顾 list to leave alone. */
export const BLIND56_PAGES: BlindPage[] = manifest('blind56-manifest.json');

/** Every set of blind pages, by name, as `npm run score:blind` prints them. */
export const BLIND_SETS: { name: string; pages: BlindPage[] }[] = [
  { name: 'blind2', pages: BLIND_PAGES },
  { name: 'blind3', pages: BLIND3_PAGES },
  { name: 'blind4', pages: BLIND4_PAGES },
  { name: 'blind5', pages: BLIND5_PAGES },
  { name: 'blind6', pages: BLIND6_PAGES },
  { name: 'blind7', pages: BLIND7_PAGES },
  { name: 'blind8', pages: BLIND8_PAGES },
  { name: 'blind9', pages: BLIND9_PAGES },
  { name: 'blind10', pages: BLIND10_PAGES },
  { name: 'blind11', pages: BLIND11_PAGES },
  { name: 'blind12', pages: BLIND12_PAGES },
  { name: 'blind13', pages: BLIND13_PAGES },
  { name: 'blind14', pages: BLIND14_PAGES },
  { name: 'blind15', pages: BLIND15_PAGES },
  { name: 'blind16', pages: BLIND16_PAGES },
  { name: 'blind17', pages: BLIND17_PAGES },
  { name: 'blind18', pages: BLIND18_PAGES },
  { name: 'blind19', pages: BLIND19_PAGES },
  { name: 'blind20', pages: BLIND20_PAGES },
  { name: 'blind21', pages: BLIND21_PAGES },
  { name: 'blind22', pages: BLIND22_PAGES },
  { name: 'blind23', pages: BLIND23_PAGES },
  { name: 'blind24', pages: BLIND24_PAGES },
  { name: 'blind25', pages: BLIND25_PAGES },
  { name: 'blind26', pages: BLIND26_PAGES },
  { name: 'blind27', pages: BLIND27_PAGES },
  { name: 'blind28', pages: BLIND28_PAGES },
  { name: 'blind29', pages: BLIND29_PAGES },
  { name: 'blind30', pages: BLIND30_PAGES },
  { name: 'blind31', pages: BLIND31_PAGES },
  { name: 'blind32', pages: BLIND32_PAGES },
  { name: 'blind33', pages: BLIND33_PAGES },
  { name: 'blind34', pages: BLIND34_PAGES },
  { name: 'blind35', pages: BLIND35_PAGES },
  { name: 'blind36', pages: BLIND36_PAGES },
  { name: 'blind37', pages: BLIND37_PAGES },
  { name: 'blind38', pages: BLIND38_PAGES },
  { name: 'blind39', pages: BLIND39_PAGES },
  { name: 'blind40', pages: BLIND40_PAGES },
  { name: 'blind41', pages: BLIND41_PAGES },
  { name: 'blind42', pages: BLIND42_PAGES },
  { name: 'blind43', pages: BLIND43_PAGES },
  { name: 'blind44', pages: BLIND44_PAGES },
  { name: 'blind45', pages: BLIND45_PAGES },
  { name: 'blind46', pages: BLIND46_PAGES },
  { name: 'blind47', pages: BLIND47_PAGES },
  { name: 'blind48', pages: BLIND48_PAGES },
  { name: 'blind49', pages: BLIND49_PAGES },
  { name: 'blind50', pages: BLIND50_PAGES },
  { name: 'blind51', pages: BLIND51_PAGES },
  { name: 'blind52', pages: BLIND52_PAGES },
  { name: 'blind53', pages: BLIND53_PAGES },
  { name: 'blind54', pages: BLIND54_PAGES },
  { name: 'blind56', pages: BLIND56_PAGES },
];

/** The gold blocks of a blind page. */
export function blindGold(page: BlindPage): Block[] {
  return (JSON.parse(readFileSync(join(PAGES_DIR, page.gold as string), 'utf8')) as { blocks: Block[] }).blocks;
}

/** Which DOM reads the page: the CLI's (linkedom) or the DOM tests' (happy-dom). */
export type Reader = 'cli' | 'happy-dom';

/** What Dubao made of one blind page, against its expectations. */
export interface BlindResult {
  file: string;
  /** Recognised (or left alone) as expected, with the expected site and kind. */
  recognition: boolean;
  title: boolean;
  date: boolean;
  /** Gold paragraphs (every kind) reproduced exactly: the same text and the same kind. */
  exact: number;
  total: number;
  f1: number;
  kindAcc: number;
  /** Headlines the repair made of text that is no headline (a byline, a credit, a fragment). */
  falseHeadlines: string[];
  /** Gold paragraphs the output lacks, or gives another kind (for a reader of the figures). */
  missing: string[];
  /**
   * The output is the gold and nothing else, block for block in the gold's order (kind and text, white
   * space aside): what the end-to-end test (tests/e2e/blind-pages.e2e.ts) compares in the browser.
   */
  inOrder: boolean;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
// As the content script's own test (`defaultIsPre`): a <pre> is pre-formatted by the browser's own style sheet.
const inlinePre = (el: Element): boolean => el.tagName === 'PRE' || /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');

function read(page: BlindPage, reader: Reader): { doc: Document; isPre: (el: Element) => boolean } {
  const text = decode(new Uint8Array(readFileSync(join(PAGES_DIR, page.file))), page.file);
  return reader === 'cli' ? { doc: parsePage(text), isPre: isPreformatted } : { doc: parseHtml(text, page.url), isPre: inlinePre };
}

/** Recognises and repairs one blind page (forced where the page must be left alone) and scores it. */
export function scoreBlindPage(page: BlindPage, reader: Reader): BlindResult {
  const { doc, isPre } = read(page, reader);
  const plain = detect(page.url, doc);
  const e = page.expect;
  const forcedRun = page.forced || page.forcedRefused ? detect(page.url, doc, { force: true }) : null;
  const recognition = (plain !== null) === e.recognized && (plain?.site ?? null) === e.site && (plain?.kind ?? null) === e.kind &&
    !(page.forcedRefused && forcedRun !== null);
  const r = page.forced ? forcedRun : plain;
  const want = page.forced ?? e;
  const blocks = r?.body ? repairBody(r.body, { isPre }).blocks : [];
  const gold = blindGold(page);
  const key = (b: Block): string => `${b.kind ?? 'body'}\u0000${norm(b.text)}`;
  const produced = new Set(blocks.map(key));
  const goldHeadings = new Set(gold.filter((b) => b.kind === 'heading').map((b) => norm(b.text)));
  const s = scoreReflow(gold, blocks);
  return {
    file: page.file,
    recognition,
    title: (r?.title ?? null) === want.title,
    date: (r?.date ?? null) === want.date,
    exact: gold.filter((b) => produced.has(key(b))).length,
    total: gold.length,
    f1: s.f1,
    kindAcc: s.kindAcc,
    falseHeadlines: blocks.filter((b) => b.kind === 'heading' && !goldHeadings.has(norm(b.text))).map((b) => b.text),
    missing: gold.filter((b) => !produced.has(key(b))).map((b) => `${b.kind}: ${b.text.slice(0, 24)}${blocks.some((x) => norm(x.text) === norm(b.text)) ? ' (text right, kind wrong)' : ''}`),
    inOrder: sameBlocks(blocks, gold),
  };
}

/** `kind: text` of each block, white space removed: the form tests/e2e/blind-pages.e2e.ts reads from the page. */
export const blockLines = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s+/gu, '')}`);
const sameBlocks = (a: readonly Block[], b: readonly Block[]): boolean => JSON.stringify(blockLines(a)) === JSON.stringify(blockLines(b));

/** One line per page: `file  rec ✓ title ✓ date ✓  exact 7/9  f1 0.94  false headlines: …`. */
export function formatBlind(r: BlindResult): string {
  const m = (ok: boolean): string => (ok ? 'ok' : 'NO');
  const heads = r.falseHeadlines.length ? `  false headlines: ${r.falseHeadlines.join(' | ')}` : '';
  return `${r.file.padEnd(34)} recognised ${m(r.recognition)}  title ${m(r.title)}  date ${m(r.date)}  exact ${String(r.exact).padStart(2)}/${String(r.total).padEnd(2)}  f1 ${r.f1.toFixed(3)}  kinds ${r.kindAcc.toFixed(3)}${heads}`;
}

/** Column widths and heights the blind pages' text is re-printed at (see `blindShapeScores`). */
const WIDTHS = [11, 13, 15];
const HEIGHTS = [6, 12];

/**
 * The blind pages' gold text re-printed in every print shape of tests/helpers/print-shapes at
 * several column widths and heights, repaired as plain text and scored per shape: text the
 * rules never saw, in shapes its page did not have.
 */
export function blindShapeScores(set: BlindPage[] = BLIND_PAGES): { shape: PrintShape; score: SetScore }[] {
  return PRINT_SHAPES.map((shape) => {
    const pages: ScoredPage[] = [];
    for (const page of set) {
      const gold = blindGold(page);
      if (gold.length === 0) continue; // a print page (layout) has no article text to re-print
      for (const w of WIDTHS) for (const h of HEIGHTS) {
        pages.push({ name: `${page.file} ${shape} w${w} h${h}`, gold, system: reflowText(printBlocks(gold, shape, w, h), { punctuation: false }) });
      }
    }
    return { shape, score: scoreSet(pages) };
  });
}
