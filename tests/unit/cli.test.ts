// The CLI contract: `recognize` and `reflow`, their JSON, and clear errors with exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cliBundle, ROOT, runCli, runCliAsNpm, runCliFromSources } from '../helpers/cli-process';
import { FIXTURES } from '../helpers/fixtures';

// Each test starts a Node process that loads the CLI (bundled once for this file:
// tests/helpers/cli-process.ts) and its data: a second or more on a loaded machine — the limit is
// for that start-up, not for the work measured.
vi.setConfig({ testTimeout: 30_000 });

const root = ROOT;
const cli = (args: string[], input?: string | Buffer) => runCli(args, input);
const tmp = mkdtempSync(join(tmpdir(), 'dubao-cli-'));
const page = (file: string) => join(root, 'tests/fixtures/pages', file);

describe('the CLI as `npm run cli` runs it', () => {
  it('prints, from its sources through tsx and through `npm run cli`, exactly what the bundle the other tests run prints', () => {
    const f = FIXTURES.find((p) => p.file === 'xsrb-article-br.html');
    for (const [args, input] of [
      [['recognize', '--url', f?.url ?? '', page('xsrb-article-br.html')], undefined],
      [['annotate', '-'], '萧山农商银行推进医银合作，发展新质生产力。'],
      [['reflow', join(tmp, 'nope.html')], undefined],
    ] as const) {
      const bundled = cli([...args], input);
      for (const other of [runCliFromSources([...args], input), runCliAsNpm([...args], input)]) {
        expect(bundled.status, args.join(' ')).toBe(other.status);
        expect(bundled.stdout, args.join(' ')).toBe(other.stdout);
        expect(bundled.stderr, args.join(' ')).toBe(other.stderr);
      }
      expect(bundled.stdout.length + bundled.stderr.length, args.join(' ')).toBeGreaterThan(20);
    }
  }, 120_000); // three processes compiled by tsx: ~2 s each on a quiet machine, several times that on a loaded one
});

describe('cli recognize', () => {
  it('prints the recognition and the repaired blocks as JSON with exactly the promised keys', () => {
    const f = FIXTURES.find((p) => p.file === 'xsrb-article-br.html');
    const r = cli(['recognize', '--url', f?.url ?? '', page('xsrb-article-br.html')]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['recognized', 'site', 'kind', 'title', 'date', 'blocks']);
    expect(out).toMatchObject({ recognized: true, site: 'xsrb', kind: 'article', title: '医保服务提质扩面', date: '2025-03-09' });
    const blocks = out.blocks as { kind: string; text: string }[];
    expect(blocks[0]).toEqual({ kind: 'byline', text: '■记者盛凤琴通讯员许慧君' });
    expect(blocks.some((b) => b.text.includes('市民王女士在工作人员的帮助下'))).toBe(true);
  });

  it('decodes a GBK-declared page', () => {
    const f = FIXTURES.find((p) => p.charset === 'gbk');
    const r = cli(['recognize', '--url', f?.url ?? '', page(f?.file ?? '')]);
    expect(JSON.parse(r.stdout)).toMatchObject({ recognized: true, title: f?.expect.title });
  });

  it('says recognized: false with no blocks for a page that is not an e-paper article', () => {
    const f = FIXTURES.find((p) => p.file === 'neg-shop-ozoom.html');
    const r = cli(['recognize', '--url', f?.url ?? '', page('neg-shop-ozoom.html')]);
    expect(JSON.parse(r.stdout)).toEqual({ recognized: false, site: null, kind: null, title: null, date: null, blocks: [] });
  });

  it.each([
    ['a missing file', ['recognize', '--url', 'https://xsrb.xsnet.cn/', join(tmp, 'nope.html')], /no such file/u],
    ['a missing --url', ['recognize', page('xsrb-article-br.html')], /--url/u],
  ])('fails with one line and exit code 2 on %s', (_n, args, msg) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(msg);
  });
});

describe('cli reflow', () => {
  it('prints repaired paragraphs separated by a blank line', () => {
    const r = cli(['reflow', join(root, 'tests/fixtures/corpus/zj-page-column-breaks.txt')]);
    expect(r.status).toBe(0);
    const paras = r.stdout.trim().split('\n\n');
    expect(paras[0]).toBe('儿童友好城市建设 托起孩子快乐童年');
    expect(paras[1]).toBe('陆静');
    expect(r.stdout).toContain('作为一名90后宝妈，姚女士');
  });

  it('prints {"blocks": [...]} with --json, and keeps punctuation with --keep-punctuation', () => {
    const r = cli(['reflow', '--json', '--keep-punctuation', '-'], '近日,家住嘉兴的姚\n女士上班了。\n');
    expect(JSON.parse(r.stdout)).toEqual({ blocks: [{ kind: 'body', text: '近日,家住嘉兴的姚女士上班了。' }] });
  });

  it('uses the article body of an HTML page', () => {
    const r = cli(['reflow', '--json', page('jxrb-article-prewrap.html')]);
    const { blocks } = JSON.parse(r.stdout) as { blocks: { text: string }[] };
    expect(blocks[0]?.text.startsWith('本报讯（记者 盛凤琴 通讯员徐芳）')).toBe(true);
    expect(r.stdout).not.toContain('版权所有');
  });

  it('fails clearly on a binary file', () => {
    const f = join(tmp, 'x.bin');
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const r = cli(['reflow', f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a text file/u);
  });

  it('fails clearly on invalid UTF-8 with no declared charset', () => {
    const f = join(tmp, 'gbk.txt');
    writeFileSync(f, Buffer.from([0xd2, 0xbd, 0xb1, 0xa3, 0x0a]));
    const r = cli(['reflow', f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not valid UTF-8/u);
  });

  it('fails clearly on an unknown command', () => {
    expect(cli(['frobnicate']).status).toBe(2);
  });
});

describe('cli annotate', () => {
  it('prints blocks with one reading per character and the glossary terms with offsets', () => {
    const r = cli(['annotate', '-'], '徐建中一行赴北干街道调研。\n\n要做好金融“五篇大文章”，\n发展新质生产力。\n');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { blocks: { kind: string; text: string; pinyin: string[] }[]; terms: { id: string; term: string; block: number; start: number; end: number }[] };
    expect(Object.keys(out)).toEqual(['blocks', 'terms']);
    for (const b of out.blocks) expect(b.pinyin).toHaveLength(Array.from(b.text).length);
    const first = out.blocks[0] as { text: string; pinyin: string[] };
    expect(first.pinyin.slice(3, 5)).toEqual(['yì', 'xíng']);
    expect(first.pinyin[first.pinyin.length - 1]).toBe('');
    const t = out.terms.find((x) => x.term === '新质生产力');
    expect(t).toBeDefined();
    const block = out.blocks[t?.block ?? 0] as { text: string };
    expect(block.text.slice(t?.start, t?.end)).toBe('新质生产力');
  });

  it('converts before annotating with --script tw, and reads the traditional text right', () => {
    const r = cli(['annotate', '--script', 'tw', '-'], '萧山农商银行推进医银合作。');
    const out = JSON.parse(r.stdout) as { blocks: { text: string; pinyin: string[] }[]; terms: { term: string; start: number; end: number }[] };
    expect(out.blocks[0]?.text).toBe('蕭山農商銀行推進醫銀合作。');
    expect(out.blocks[0]?.pinyin.slice(4, 6)).toEqual(['yín', 'háng']);
    expect(out.terms.map((x) => x.term)).toContain('医银合作');
    const m = out.terms.find((x) => x.term === '医银合作');
    expect(out.blocks[0]?.text.slice(m?.start, m?.end)).toBe('醫銀合作');
  });

  it('says where each term comes from: glossary, the reader\'s own terms (--terms) or detected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-terms-'));
    const file = join(dir, 'terms.json');
    writeFileSync(file, JSON.stringify({ format: 'dubao-terms', version: 1, terms: [{ term: '湘湖', explanation: '萧山的湖' }] }));
    const r = cli(['annotate', '--terms', file, '-'], '以“小切口”推动医银合作，游览湘湖。');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { terms: unknown[] };
    expect(out.terms).toEqual([
      { id: null, term: '小切口', source: 'detected', block: 0, start: 2, end: 5 },
      { id: 'yiyin-hezuo', term: '医银合作', source: 'glossary', block: 0, start: 8, end: 12 },
      { id: null, term: '湘湖', source: 'own', block: 0, start: 15, end: 17 },
    ]);
  });

  it('refuses a --terms file that is not a terms export, with exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-terms-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"format":"something-else"}');
    const r = cli(['annotate', '--terms', file, '-'], '银行');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json/u);
  });

  it('refuses an unknown script with exit code 2', () => {
    const r = cli(['annotate', '--script', 'klingon', '-'], '银行');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--script/u);
  });
});

describe('cli robustness', () => {
  /** The 萧山日报 fixture page (tests/fixtures/pages/xsrb-article-br.html) with `paragraphs` more paragraphs in its body and `css` in a <style>. */
  const bigPage = (paragraphs: number, css: string): string =>
    readFileSync(page('xsrb-article-br.html'), 'utf8')
      .replace('</head>', `<style>${css}</style></head>`)
      .replace('<!--enpcontent-->', `<!--enpcontent-->${Array.from({ length: paragraphs }, (_, i) => `<span class="p${i % 40}">第${i}段：今年我区将进一步推进医银合作模式，让群众看病更便捷。</span><br><br>`).join('')}`);

  it('reads <style> once per page: 2,000 paragraphs under 115 KB of ordinary CSS, and pathological CSS, finish', () => {
    const ordinary = Array.from({ length: 2000 }, (_, i) => `.p${i % 40} .x${i} > span:hover { color: #333; margin: 0 ${i}px; }\n`).join('') + '.p3 { white-space: pre-wrap }';
    expect(ordinary.length).toBeGreaterThan(115_000);
    const file = join(tmp, 'big-style.html');
    writeFileSync(file, bigPage(2000, ordinary));
    const r = cli(['reflow', '--json', file], undefined);
    expect(r.status).toBe(0);
    const blocks = (JSON.parse(r.stdout) as { blocks: { text: string }[] }).blocks;
    expect(blocks.map((b) => b.text).join('')).toContain('第1999段');
    // Pathological for a backtracking pattern: a huge rule body without a closing brace, and many `white-space` without a colon.
    const nasty = `p{${'white-space '.repeat(4000)}` + '{'.repeat(5000) + 'a'.repeat(20_000);
    writeFileSync(file, bigPage(2000, nasty));
    const t0 = Date.now();
    const r2 = runCli(['reflow', file], undefined, { timeout: 60_000 });
    expect(r2.status).toBe(0);
    expect(r2.stdout).toContain('第1999段');
    console.log(`[bench] cli reflow, 2,000 paragraphs, 43 KB pathological CSS: ${Date.now() - t0} ms (noisy: shared machine)`);
  }, 120_000);

  it('refuses input above the documented size with one line and exit 2', () => {
    const file = join(tmp, 'huge.html');
    writeFileSync(file, Buffer.alloc(17 * 1024 * 1024, 0x61));
    const r = cli(['reflow', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`dubao: ${file}: too large (17.0 MB; the limit is 16 MB)\n`);
    expect(r.stdout).toBe('');
  });

  it('refuses empty standard input with a clear error and exit 2', () => {
    const r = cli(['reflow'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dubao: standard input: empty input (give an HTML page or text on standard input)\n');
    expect(r.stdout).toBe('');
  });

  it('ends quietly when piped into head', () => {
    const file = join(tmp, 'many-lines.html');
    writeFileSync(file, bigPage(20_000, 'p{}'));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cliBundle()}" reflow "${file}" | head -c 10`], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(Buffer.byteLength(r.stdout, 'latin1')).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /u);
    expect(r.status).toBe(0);
  }, 90_000);
});
