// Where a JSON text stops being valid JSON, for an error message a person can act on.
// (Engines word JSON.parse errors differently and some give no position at all.)
// Iterative, so deeply nested input cannot overflow the stack.

export interface JsonErrorLocation {
  /** UTF-16 offset of the first offending character (text.length: unexpected end). */
  offset: number;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** What was found there, e.g. `unexpected "}"` or `unexpected end of input`. */
  reason: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
const ESCAPE_RE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/uy;

/** The first syntax error of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const n = text.length;
  let i = 0;
  const stack: ('[' | '{')[] = [];
  type State = 'value' | 'key' | 'after';
  let state: State = 'value';

  const skipWs = (): void => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const fail = (at: number, what?: string): JsonErrorLocation => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < at && k < n; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    const reason = what ?? (at >= n ? 'unexpected end of input' : `unexpected ${JSON.stringify(text.slice(at, at + 1))}`);
    return { offset: at, line, column: at - lineStart + 1, reason };
  };
  /** Scans a string starting at the opening quote; returns the error or null. */
  const scanString = (): JsonErrorLocation | null => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        ESCAPE_RE.lastIndex = i;
        if (!ESCAPE_RE.test(text)) return fail(i, 'invalid escape in a string');
        i = ESCAPE_RE.lastIndex;
        continue;
      }
      if (c < 0x20) return fail(i, 'unescaped control character in a string');
      i++;
    }
    return fail(n, 'unterminated string');
  };

  skipWs();
  for (;;) {
    if (state === 'value') {
      skipWs();
      const c = text.charCodeAt(i);
      if (i >= n) return fail(i);
      if (c === 0x7b /* { */) {
        stack.push('{');
        i++;
        skipWs();
        if (text.charCodeAt(i) === 0x7d) {
          stack.pop();
          i++;
          state = 'after';
        } else state = 'key';
      } else if (c === 0x5b /* [ */) {
        stack.push('[');
        i++;
        skipWs();
        if (text.charCodeAt(i) === 0x5d) {
          stack.pop();
          i++;
          state = 'after';
        }
      } else if (c === 0x22) {
        const err = scanString();
        if (err) return err;
        state = 'after';
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        NUMBER_RE.lastIndex = i;
        if (!NUMBER_RE.test(text)) return fail(i, 'invalid number');
        i = NUMBER_RE.lastIndex;
        state = 'after';
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
        state = 'after';
      } else if (text.startsWith('false', i)) {
        i += 5;
        state = 'after';
      } else return fail(i);
    } else if (state === 'key') {
      skipWs();
      if (text.charCodeAt(i) !== 0x22) return fail(i, i >= n ? undefined : `expected a property name in quotes, found ${JSON.stringify(text.slice(i, i + 1))}`);
      const err = scanString();
      if (err) return err;
      skipWs();
      if (text.charCodeAt(i) !== 0x3a) return fail(i, i >= n ? undefined : `expected ":", found ${JSON.stringify(text.slice(i, i + 1))}`);
      i++;
      state = 'value';
    } else {
      skipWs();
      const top = stack[stack.length - 1];
      if (top === undefined) return i >= n ? null : fail(i, `unexpected ${JSON.stringify(text.slice(i, i + 1))} after the end of the JSON value`);
      const c = text.charCodeAt(i);
      if (c === 0x2c) {
        i++;
        state = top === '{' ? 'key' : 'value';
        if (top === '[') {
          skipWs();
          if (text.charCodeAt(i) === 0x5d) return fail(i, 'trailing comma');
        }
      } else if ((top === '[' && c === 0x5d) || (top === '{' && c === 0x7d)) {
        stack.pop();
        i++;
      } else return fail(i, i >= n ? undefined : `expected "," or "${top === '[' ? ']' : '}'}", found ${JSON.stringify(text.slice(i, i + 1))}`);
    }
  }
}
