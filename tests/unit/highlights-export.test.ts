// Export formats, checked against exact expected output on a small record set.
import { describe, expect, it } from 'vitest';
import { citation, csvField, escapeMarkdown, toAnkiTsv, toCsv, toJson, toMarkdown } from '../../lib/highlights/export';
import type { HighlightRecord } from '../../lib/highlights/types';

const URL1 = 'https://epaper.xsnet.cn/xsrb/html/2025-03/09/content_1.htm';
const URL2 = 'https://zjrb.zjol.com.cn/html/2025-02/01/content_2.htm';

const R1: HighlightRecord = {
  id: 'hl-0000000001',
  url: URL1,
  paper: '萧山日报',
  site: 'xsrb',
  date: '2025-03-09',
  title: '医保业务进银行',
  quote: { exact: '积极推进“医银合作”新模式', prefix: '我区', suffix: '，实现' },
  position: { startBlock: 1, start: 18, endBlock: 1, end: 31 },
  color: 'yellow',
  note: '值得关注',
  tags: ['医保', '民生'],
  createdAt: Date.UTC(2025, 2, 9, 8, 0, 0),
  updatedAt: Date.UTC(2025, 2, 9, 9, 30, 0),
  schema: 1,
};
// Spans two blocks; the note holds a formula, quotes, a comma, a line break, a tab and HTML.
const R2: HighlightRecord = {
  ...R1,
  id: 'hl-0000000002',
  quote: { exact: '镇街全覆盖。\n农业银行', prefix: '', suffix: '' },
  position: { startBlock: 1, start: 150, endBlock: 2, end: 4 },
  color: 'green',
  note: '=SUM(A1:A2), "引号"\n第二行\t制表 <b>粗</b> & *星*',
  tags: [],
};
// No date, no title; the quote starts with a minus sign and holds a #.
const R3: HighlightRecord = {
  ...R1,
  id: 'hl-0000000003',
  url: URL2,
  paper: '浙江日报',
  site: 'zjrb',
  date: null,
  title: null,
  quote: { exact: '-5℃ # 降温', prefix: '', suffix: '' },
  position: { startBlock: 0, start: 0, endBlock: 0, end: 7 },
  color: 'pink',
  note: '',
  tags: ['天气'],
};
// Given out of order on purpose: Markdown groups and sorts, the others keep the order given.
const RECORDS = [R3, R2, R1];

describe('citation', () => {
  it('is “quote” — paper date《title》URL on one line', () => {
    expect(citation(R1)).toBe(`“积极推进“医银合作”新模式” — 萧山日报 2025-03-09《医保业务进银行》${URL1}`);
    expect(citation(R2)).toBe(`“镇街全覆盖。 农业银行” — 萧山日报 2025-03-09《医保业务进银行》${URL1}`);
    expect(citation(R3)).toBe(`“-5℃ # 降温” — 浙江日报 ${URL2}`);
  });
});

describe('toMarkdown', () => {
  it('groups by article, newest first, with blockquotes, notes and citations', () => {
    expect(toMarkdown(RECORDS)).toBe(
      [
        '## 《医保业务进银行》 — 萧山日报 2025-03-09',
        '',
        `<${URL1}>`,
        '',
        '> 积极推进“医银合作”新模式',
        '',
        '值得关注',
        '',
        `“积极推进“医银合作”新模式” — 萧山日报 2025-03-09《医保业务进银行》<${URL1}>`,
        '',
        '> 镇街全覆盖。',
        '>',
        '> 农业银行',
        '',
        '\\=SUM(A1:A2), "引号"\\',
        '第二行\t制表 \\<b\\>粗\\</b\\> \\& \\*星\\*',
        '',
        `“镇街全覆盖。 农业银行” — 萧山日报 2025-03-09《医保业务进银行》<${URL1}>`,
        '',
        '## 浙江日报',
        '',
        `<${URL2}>`,
        '',
        '> \\-5℃ # 降温',
        '',
        `“\\-5℃ # 降温” — 浙江日报 <${URL2}>`,
        '',
      ].join('\n'),
    );
    expect(toMarkdown([])).toBe('');
  });

  it('escapes markup so that text renders as itself', () => {
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('1. 第一')).toBe('1\\. 第一');
    expect(escapeMarkdown('[链接](javascript:alert(1))')).toBe('\\[链接\\](javascript:alert(1))');
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('a_b `c` ~~d~~ | e \\ f')).toBe('a\\_b \\`c\\` \\~\\~d\\~\\~ \\| e \\\\ f');
    expect(escapeMarkdown('普通中文，没有标记。')).toBe('普通中文，没有标记。');
  });
});

describe('toJson', () => {
  it('is the lossless export, pretty-printed, records in canonical key order', () => {
    const json = toJson([R1], { now: Date.UTC(2025, 2, 10, 12, 0, 0) });
    expect(json).toBe(
      `${JSON.stringify(
        {
          format: 'dubao-highlights',
          version: 1,
          exportedAt: '2025-03-10T12:00:00.000Z',
          highlights: [R1],
        },
        null,
        2,
      )}\n`,
    );
    expect(json.split('\n')[1]).toBe('  "format": "dubao-highlights",');
    // Key order does not depend on the order of the input object.
    const shuffled = Object.fromEntries(Object.entries(R1).reverse()) as unknown as HighlightRecord;
    expect(toJson([shuffled], { now: 0 })).toBe(toJson([R1], { now: 0 }));
  });
});

describe('toCsv', () => {
  it('has a BOM, a header, RFC 4180 quoting and neutralised formulas', () => {
    const csv = toCsv(RECORDS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(
      '\uFEFF' +
        'id,paper,date,title,url,quote,note,color,tags,created,updated\r\n' +
        `hl-0000000003,浙江日报,,,${URL2},'-5℃ # 降温,,pink,天气,2025-03-09T08:00:00.000Z,2025-03-09T09:30:00.000Z\r\n` +
        `hl-0000000002,萧山日报,2025-03-09,医保业务进银行,${URL1},"镇街全覆盖。\n农业银行","'=SUM(A1:A2), ""引号""\n第二行\t制表 <b>粗</b> & *星*",green,,2025-03-09T08:00:00.000Z,2025-03-09T09:30:00.000Z\r\n` +
        `hl-0000000001,萧山日报,2025-03-09,医保业务进银行,${URL1},积极推进“医银合作”新模式,值得关注,yellow,"医保; 民生",2025-03-09T08:00:00.000Z,2025-03-09T09:30:00.000Z\r\n`,
    );
    expect(toCsv([])).toBe('\uFEFFid,paper,date,title,url,quote,note,color,tags,created,updated\r\n');
  });

  it('quotes and neutralises single fields', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvField(f)).toBe(`'${f}`);
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('a=1')).toBe('a=1');
    // Where the list separator is ; a spreadsheet would split here and run the rest as a formula.
    expect(csvField('x;=1+1')).toBe(`"x;'=1+1"`);
    expect(csvField('备注,@SUM(A1);-2')).toBe(`"备注,'@SUM(A1);'-2"`);
    expect(csvField('第一行\n+86 电话')).toBe(`"第一行\n'+86 电话"`);
    expect(csvField('a; b')).toBe('"a; b"');
    // Spaces between the separator and the formula (tags are joined with '; '), or before it.
    expect(csvField('x; =1+1')).toBe(`"x; '=1+1"`);
    expect(csvField('重点; \t+1;\u3000@SUM(A1)')).toBe(`"重点; \t'+1;\u3000'@SUM(A1)"`);
    expect(csvField('  =1+1')).toBe(`'  =1+1`);
    expect(csvField('a - b')).toBe('a - b');
    expect(csvField('')).toBe('');
  });
});

describe('toCsv tags', () => {
  it('neutralises a formula tag joined after another with "; "', () => {
    const csv = toCsv([{ ...R2, tags: ['医保', '=1+1', ' @SUM(A1)'] }]);
    const tags = csv.split('\r\n')[1]?.match(/"医保;[^"]*"/u)?.[0];
    expect(tags).toBe(`"医保; '=1+1;  '@SUM(A1)"`);
  });
});

describe('toAnkiTsv', () => {
  it('writes Anki’s headers, then quote, pinyin, note, source; HTML-escaped, line breaks as <br>', () => {
    const tsv = toAnkiTsv(RECORDS, (t) => `py(${t})`);
    expect(tsv).toBe(
      '#separator:tab\n#html:true\n' +
      `-5℃ # 降温\tpy(-5℃ # 降温)\t\t浙江日报 ${URL2}\n` +
        `镇街全覆盖。<br>农业银行\tpy(镇街全覆盖。<br>农业银行)\t=SUM(A1:A2), &quot;引号&quot;<br>第二行 制表 &lt;b&gt;粗&lt;/b&gt; &amp; *星*\t萧山日报 2025-03-09《医保业务进银行》${URL1}\n` +
        `积极推进“医银合作”新模式\tpy(积极推进“医银合作”新模式)\t值得关注\t萧山日报 2025-03-09《医保业务进银行》${URL1}\n`,
    );
    // Every line has exactly four fields, whatever the pinyin function returns.
    const odd = toAnkiTsv([R2], () => 'a\tb\r\nc');
    expect(odd.trimEnd().split('\n')).toHaveLength(3);
    expect(odd.split('\n')[2]?.split('\t')).toHaveLength(4);
    expect(toAnkiTsv([], () => '')).toBe('#separator:tab\n#html:true\n');
  });

  it('a quote starting with # (#两会#, #key:value) is not read as a comment or a header line', () => {
    const tsv = toAnkiTsv([{ ...R2, quote: { ...R2.quote, exact: '#两会# 代表委员热议' } }, { ...R2, quote: { ...R2.quote, exact: '#deck:Other' } }], () => '');
    const cards = tsv.split('\n').slice(2, -1);
    expect(cards).toHaveLength(2);
    for (const line of cards) expect(line.startsWith('#')).toBe(false);
    expect(cards[0]?.startsWith('&#35;两会# 代表委员热议\t')).toBe(true);
    expect(cards[1]?.startsWith('&#35;deck:Other\t')).toBe(true);
  });
});
