// Build step: the reading rules of lib/pinyin (corrections and construction patterns) each carry
// an `example` sentence and `keep` sentences. They are the rules' test data (tests/unit read them);
// the shipped scripts never read them, and in the annotator script they were ~32 KB. This Vite
// plugin cuts those two properties out of every rule object (an object literal with `word` and
// `pinyin` properties) in lib/pinyin when building the extension; the tests, which run the
// sources through Vitest, keep them.
import ts from 'typescript';

/** The properties of a rule object that only the tests read. */
const TEST_ONLY = new Set(['example', 'keep']);

function propName(p: ts.ObjectLiteralElementLike): string | null {
  return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null;
}

/**
 * `source` (TypeScript) without the `example` and `keep` properties of its rule objects, each cut
 * with the comma after it; everything else is left byte for byte. Returns `source` itself when
 * there is nothing to cut.
 */
export function stripRuleExamples(source: string, fileName = 'rules.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = new Set(node.properties.map(propName));
      if (names.has('word') && names.has('pinyin')) {
        for (const p of node.properties) {
          if (!ts.isPropertyAssignment(p) || !TEST_ONLY.has(propName(p) ?? '')) continue;
          let end = p.end;
          const rest = /^\s*,/.exec(source.slice(end));
          if (rest) end += rest[0].length;
          cuts.push([p.getStart(file), end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (cuts.length === 0) return source;
  let out = '';
  let at = 0;
  for (const [from, to] of cuts.sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, from);
    at = to;
  }
  return out + source.slice(at);
}

/** The Vite plugin: applies {@link stripRuleExamples} to lib/pinyin's modules in extension builds (not under Vitest). */
export function stripRuleExamplesPlugin(): { name: string; enforce: 'pre'; transform(code: string, id: string): { code: string; map: null } | null } {
  return {
    name: 'dubao-strip-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      if (process.env.VITEST || !/[\\/]lib[\\/]pinyin[\\/][^\\/]+\.ts$/.test(id)) return null;
      const out = stripRuleExamples(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
