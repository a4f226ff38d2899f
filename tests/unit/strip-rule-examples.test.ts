// The build step that leaves the reading rules' example sentences out of the shipped scripts
// (scripts/strip-rule-examples.ts): only a rule object's `example` and `keep` go, the rule itself
// and every other object stay as written, and the real rule modules still parse after it.
import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stripRuleExamples, stripRuleExamplesPlugin } from '../../scripts/strip-rule-examples';

describe('stripRuleExamples', () => {
  it('cuts example and keep from rule objects, with their commas, and nothing else', () => {
    const source = [
      "const A = '[上下]';",
      'export const RULES = [',
      "  { word: '都', pinyin: 'dōu', before: A, example: '大家在会上都发了言', keep: ['元上都遗址'] },",
      "  {\n    word: '得',\n    pinyin: 'de',\n    example: `他${'高兴'}得跳了起来`,\n    keep: [],\n    after: '发亮',\n  },",
      '];',
      "export const OTHER = { example: 'not a rule', keep: [1] };",
    ].join('\n');
    const out = stripRuleExamples(source);
    const flat = out.replace(/\s+/g, '');
    expect(flat).toContain("{word:'都',pinyin:'dōu',before:A,}");
    expect(flat).toContain("{word:'得',pinyin:'de',after:'发亮',}");
    expect(out).not.toContain('大家在会上');
    expect(out).not.toContain('高兴');
    expect(out).toContain("export const OTHER = { example: 'not a rule', keep: [1] };");
  });

  it('returns the source itself when there is nothing to cut', () => {
    const source = "export const X = { word: '长', pinyin: 'zhǎng' };";
    expect(stripRuleExamples(source)).toBe(source);
  });

  it('leaves every rule module of lib/pinyin parsing, with all its rules and none of their example sentences', () => {
    const dir = 'lib/pinyin';
    let cut = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.generated.ts'))) {
      const source = readFileSync(`${dir}/${f}`, 'utf8');
      const out = stripRuleExamples(source, f);
      const parsed = ts.transpileModule(out, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
      expect(parsed.diagnostics ?? [], f).toEqual([]);
      expect((out.match(/\bword: /g) ?? []).length, f).toBe((source.match(/\bword: /g) ?? []).length);
      expect(out.match(/\bexample: '/g), f).toBeNull();
      if (out !== source) cut++;
    }
    expect(cut).toBeGreaterThan(8);
  });

  it('is applied to lib/pinyin modules in extension builds only', () => {
    const plugin = stripRuleExamplesPlugin();
    const rule = "export const R = [{ word: '和', pinyin: 'huó', example: '和面' }];";
    const was = process.env.VITEST;
    try {
      delete process.env.VITEST;
      expect(plugin.transform(rule, '/repo/lib/pinyin/daily-patterns.ts')?.code).not.toContain('和面');
      expect(plugin.transform(rule, '/repo/lib/glossary/detect.ts')).toBeNull();
    } finally {
      process.env.VITEST = was;
    }
    expect(plugin.transform(rule, '/repo/lib/pinyin/daily-patterns.ts')).toBeNull();
  });
});
