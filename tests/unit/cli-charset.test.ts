// Charset decoding in the CLI: where the declared charset and the bytes disagree, the clean
// decoding wins; when none is clean the CLI says so on one line and exits 2, never mojibake.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli-process';

// Each test starts a Node process that loads the CLI (bundled once for this file:
// tests/helpers/cli-process.ts): a second or more on a loaded machine — the limit is for that
// start-up; the decoding itself takes milliseconds.
vi.setConfig({ testTimeout: 30_000 });

const tmp = mkdtempSync(join(tmpdir(), 'dubao-charset-'));
// Two sentences: a page holding a single sentence (a video's summary) is no article for the CLI's forced reading.
const TEXT = '近日，记者从医保萧山分局了解到，我区积极推进医银合作新模式，实现医保业务向银行网点延伸。目前，全区已设置52个医银合作网点，实现了镇街全覆盖。';
const html = (charset: string): string => `<html><head><meta charset="${charset}"><title>t</title></head><body><div><p>${TEXT}</p></div></body></html>`;

function reflow(name: string, bytes: Buffer) {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  return runCli(['reflow', file]);
}

describe('cli charset', () => {
  it.each([
    ['declares GB2312 but holds UTF-8 bytes', 'gb2312', 'utf-8'],
    ['declares UTF-16 but holds UTF-8 bytes (browsers read it as UTF-8)', 'utf-16', 'utf-8'],
    ['declares UTF-8 but holds GBK bytes', 'utf-8', 'gbk'],
  ] as const)('reads a page that %s', (_what, declared, actual) => {
    const r = reflow(`${declared}-${actual}.html`, encode(html(declared), actual));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(TEXT);
  });

  it('fails with one line and exit 2 when neither the declared charset nor UTF-8 is clean', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><p>'), Buffer.from([0xff, 0xff, 0x81]), Buffer.from('</p></body></html>')]);
    const r = reflow('broken-gbk.html', bytes);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/declared charset "gbk" does not match its bytes/u);
  });

  it('does not call GBK bytes under a UTF-8 declaration "no charset declared"', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('</p></body></html>')]);
    const r = reflow('broken-utf8.html', bytes);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/no charset declared/u);
    expect(r.stderr).toMatch(/declared charset "utf-8"/u);
  });
});

/** The bytes of `text` in `charset` (GBK through the one encoder Node has: a lookup via TextDecoder). */
function encode(text: string, charset: 'utf-8' | 'gbk'): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
  return Buffer.from(out);
}
