// Text a browser decoded with the wrong charset (lib/detect/garbled.ts). The garbled texts are the
// two blind2 pages whose declared charset and bytes disagree (tests/fixtures/pages/blind2-manifest.json),
// decoded as a browser decodes them under their declaration; the clean ones are those same pages
// decoded right, the corpus pages and the CPP sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { garbledText } from '../../lib/detect/garbled';

const fixtures = join(__dirname, '../fixtures');
const bytes = (f: string): Uint8Array => readFileSync(join(fixtures, 'pages', f));
const text = (html: string): string => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/gu, ' ');

describe('garbled text', () => {
  it('UTF-8 bytes read as GBK (GB2312 declared) are mojibake; read as UTF-8 they are text', () => {
    const raw = bytes('blind2-hnrb-gb2312-utf8.html');
    expect(garbledText(text(new TextDecoder('gbk').decode(raw)))).toBe('mojibake');
    expect(garbledText(text(new TextDecoder('utf-8').decode(raw)))).toBeNull();
  });

  it('GBK bytes read as UTF-8 are undecodable; read as GBK they are text', () => {
    const raw = bytes('blind2-county-gbk-as-utf8.html');
    expect(garbledText(text(new TextDecoder('utf-8').decode(raw)))).toBe('undecodable');
    expect(garbledText(text(new TextDecoder('gbk').decode(raw)))).toBeNull();
  });

  it('reads real Chinese as text: the corpus pages, every fixture page read under its charset, and the CPP sentences in pages of 40', () => {
    for (const f of ['xsrb-page-narrow-columns.txt', 'zj-page-column-breaks.txt']) expect(garbledText(readFileSync(join(fixtures, 'corpus', f), 'utf8')), f).toBeNull();
    const manifest = JSON.parse(readFileSync(join(fixtures, 'pages', 'manifest.json'), 'utf8')) as { file: string; charset?: string }[];
    expect(manifest.length).toBeGreaterThan(10);
    for (const p of manifest) expect(garbledText(text(new TextDecoder(p.charset ?? 'utf-8').decode(bytes(p.file)))), p.file).toBeNull();
    // The blind pages whose declaration their bytes follow.
    const blind = ['blind2', 'blind3', 'blind4'].flatMap((set) => JSON.parse(readFileSync(join(fixtures, 'pages', `${set}-manifest.json`), 'utf8')) as { file: string; charset: string }[]);
    const clean = blind.filter((p) => p.charset === 'utf-8');
    expect(clean.length).toBeGreaterThanOrEqual(30);
    for (const p of clean) expect(garbledText(text(new TextDecoder('utf-8').decode(bytes(p.file)))), p.file).toBeNull();
    const lines = readFileSync(join(fixtures, 'cpp', 'cpp-dev.sent'), 'utf8').replace(/▁/gu, '').split('\n');
    let pages = 0;
    for (let i = 0; i + 40 <= lines.length; i += 40, pages++) expect(garbledText(lines.slice(i, i + 40).join('\n')), `lines ${i}–${i + 40}`).toBeNull();
    expect(pages).toBeGreaterThan(200);
  });

  it('needs enough text to say: a few rare characters, a stray replacement character or an empty page are text', () => {
    expect(garbledText('')).toBeNull();
    expect(garbledText('鍖椾含浜')).toBeNull();
    expect(garbledText(`读报\ufffd${'新闻'.repeat(200)}`)).toBeNull();
    // Half the page's characters replaced: undecodable however short the rest.
    expect(garbledText('\ufffd'.repeat(30) + '新闻'.repeat(10))).toBe('undecodable');
  });
});
