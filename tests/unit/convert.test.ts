import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertText, loadTraditional, toSimplified } from '../../lib/convert';

const ROOT = join(__dirname, '../..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
const corpusText = ['xsrb-page-narrow-columns.txt', 'zj-page-column-breaks.txt']
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'))
  .join('\n');

const TW_SENTENCES = [
  '行政院今天通過前瞻基礎建設計畫，預計投入八百億元。',
  '臺北市政府表示，將持續推動公共住宅政策。',
  '經濟發展與環境保護並重，是這座城市的長期目標。',
];
const HK_SENTENCES = ['香港特區政府今日宣布，將向合資格市民發放消費券。', '衞生署呼籲市民注意個人衞生，勤洗手。'];

describe('toSimplified', () => {
  it('converts traditional news sentences', () => {
    expect(toSimplified('銀行發展')).toBe('银行发展');
    expect(toSimplified(TW_SENTENCES[0] ?? '')).toBe('行政院今天通过前瞻基础建设计划，预计投入八百亿元。');
    expect(toSimplified(TW_SENTENCES[1] ?? '')).toBe('台北市政府表示，将持续推动公共住宅政策。');
    expect(toSimplified(HK_SENTENCES[0] ?? '')).toBe('香港特区政府今日宣布，将向合资格市民发放消费券。');
    expect(toSimplified(HK_SENTENCES[1] ?? '')).toBe('卫生署呼吁市民注意个人卫生，勤洗手。');
  });

  it('leaves simplified text unchanged (the whole corpus)', () => {
    expect(toSimplified(corpusText)).toBe(corpusText);
    expect(toSimplified('著名作家的名著在显著位置展出，乾隆年间的土著文物')).toBe(
      '著名作家的名著在显著位置展出，乾隆年间的土著文物',
    );
  });

  it('handles TW 著 as the aspect particle after verbs, and zhuó words', () => {
    expect(toSimplified('隨著經濟發展，他說著走了')).toBe('随着经济发展，他说着走了');
    expect(toSimplified('著手實施，著重強調')).toBe('着手实施，着重强调');
    expect(toSimplified('擁有著作權的顯著成果')).toBe('拥有著作权的显著成果');
  });

  it('does not swap regional vocabulary, keeps the code point count', () => {
    expect(toSimplified('軟體資訊')).toBe('软体资讯');
    for (const s of [...TW_SENTENCES, ...HK_SENTENCES, corpusText, '㗲\uFA6C𠮷']) {
      expect(Array.from(toSimplified(s))).toHaveLength(Array.from(s).length);
    }
  });

  it('normalises compatibility ideographs; UTF-16 length may change', () => {
    expect(toSimplified('\uF900')).toBe('岂'); // U+F900 (compatibility 豈) → U+8C48 豈 → 岂
    const out = toSimplified('\uFA6C');
    expect(out).toBe('\u{242EE}');
    expect(out.length).toBe(2);
    expect(toSimplified('')).toBe('');
  });
});

describe('loadTraditional', () => {
  it('converts to Taiwan standard with Taiwan phrases', async () => {
    const convert = await loadTraditional();
    expect(convert('银行发展', 'tw')).toBe('銀行發展');
    expect(convert('软件和信息服务业', 'tw')).toBe('軟體和資訊服務業');
    expect(convert('打印机、出租车、鼠标', 'tw')).toBe('印表機、計程車、滑鼠');
    expect(convert('近日，记者从医保萧山分局了解到', 'tw')).toBe('近日，記者從醫保蕭山分局瞭解到');
  });

  it('converts to Hong Kong standard without Taiwan phrases', async () => {
    const convert = await loadTraditional();
    expect(convert('银行发展', 'hk')).toBe('銀行發展');
    expect(convert('软件和信息服务业', 'hk')).toBe('軟件和信息服務業');
    expect(convert('着力推进，里面', 'hk')).toBe('着力推進，裏面');
  });

  it('loads once and caches', async () => {
    const a = loadTraditional();
    const b = loadTraditional();
    expect(a).toBe(b);
    expect(await a).toBe(await b);
  });

  it('round trip simplified → hk → simplified is exact on the corpus', async () => {
    const convert = await loadTraditional();
    expect(toSimplified(convert(corpusText, 'hk'))).toBe(corpusText);
  });

  it('round trip simplified → tw → simplified: exact on lines without Taiwan phrase swaps', async () => {
    const convert = await loadTraditional();
    const lines = corpusText.split('\n');
    const exact = lines.filter((l) => toSimplified(convert(l, 'tw')) === l);
    console.log(`simplified → tw (twp) → simplified: ${exact.length}/${lines.length} corpus lines exact`);
    expect(exact.length / lines.length).toBeGreaterThan(0.85);
    // Lines that hold: no vocabulary that Taiwan phrases replace (项目→專案, 信息→資訊, 优化→最佳化 …).
    for (const l of [
      '近日，记者从医保萧山分局了解到',
      '市民只需带好身份证及办理业务所需资料就可以办理医保相关业务。',
      '增强了参保群众的获得感、幸福感、安全感。',
      '仙居第三人民医院所在的下各镇是台州朱溪水库移民安置地',
    ]) {
      expect(toSimplified(convert(l, 'tw'))).toBe(l);
    }
    // Lines that cannot: the Taiwan phrase is kept character by character on the way back.
    expect(toSimplified(convert('推进合作办学项目', 'tw'))).toBe('推进合作办学专案');
  });
});

describe('convertText', () => {
  it('converts to each script', async () => {
    const text = '银行发展软件';
    expect(await convertText(text, 'original')).toBe(text);
    expect(await convertText('銀行發展', 'simplified')).toBe('银行发展');
    expect(await convertText(text, 'tw')).toBe('銀行發展軟體');
    expect(await convertText(text, 'hk')).toBe('銀行發展軟件');
  });
});

describe('bundle splitting', () => {
  const HEAVY = /['"]opencc-js(?:\/(?:cn2t|preset|preset\/cn2t|preset\/full|dist\/[^'"]*STPhrases[^'"]*))?['"]/;

  it('lib/convert and lib/pinyin never import the cn2t / phrase tables statically', () => {
    const files = ['lib/convert', 'lib/pinyin'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, f)),
    );
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const staticImports = source.match(/^\s*(?:import|export)\s[^;]*?from\s*['"][^'"]+['"]/gms) ?? [];
      for (const s of staticImports) expect(s, file).not.toMatch(HEAVY);
      expect(source, file).not.toMatch(/^\s*import\s+['"]opencc-js/m); // side-effect import
    }
  });

  it('lib/convert/index.ts reaches the cn2t preset only through a dynamic import()', () => {
    const source = readFileSync(join(ROOT, 'lib/convert/index.ts'), 'utf8');
    expect(source).toMatch(/\bimport\(\s*['"]opencc-js\/preset\/cn2t['"]\s*\)/);
    expect(source).not.toMatch(/from\s*['"]opencc-js\/preset\/cn2t['"]/);
    expect(source).not.toMatch(/from\s*['"]opencc-js['"]/);
  });

  it('a bundler puts the phrase table in its own chunk', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [join(ROOT, 'lib/convert/index.ts')],
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: '/virtual-out',
      minify: true,
      charset: 'utf8',
      logLevel: 'silent',
    });
    const entry = result.outputFiles.find((f) => f.path.endsWith('/index.js'));
    const chunks = result.outputFiles.filter((f) => f !== entry && f.path.endsWith('.js'));
    expect(entry).toBeDefined();
    // A phrase only STPhrases has (simplified → traditional): 一丝不挂 → 一絲不掛.
    expect(entry?.text).not.toContain('一絲不掛');
    expect(chunks.some((c) => c.text.includes('一絲不掛'))).toBe(true);
    const entryKb = (entry?.contents.byteLength ?? 0) / 1024;
    const largestKb = Math.max(...chunks.map((c) => c.contents.byteLength)) / 1024;
    console.log(`lib/convert entry chunk ${entryKb.toFixed(0)} KB; lazily loaded cn2t chunk ${largestKb.toFixed(0)} KB`);
    expect(entryKb).toBeLessThan(250);
    expect(largestKb).toBeGreaterThan(500);
  });
});
