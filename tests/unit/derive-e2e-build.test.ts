// The end-to-end builds are copies of the production builds with the fixture papers' host access
// added (scripts/derive-e2e-build.ts): the copy differs in its manifest's host permissions only.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_HOSTS } from '../../scripts/e2e-hosts';
import { deriveE2eBuild, withE2eHosts } from '../../scripts/derive-e2e-build';

describe('deriving the end-to-end build', () => {
  it('adds every end-to-end host once, after the listed ones, and keeps the rest of the manifest', () => {
    const listed = ['*://epaper.xsnet.cn/*', E2E_HOSTS[0]!];
    const out = withE2eHosts({ host_permissions: listed, name: '__MSG_extName__', permissions: ['storage'] } as never);
    const hosts = out.host_permissions as string[];
    expect(hosts.slice(0, 2)).toEqual(listed);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(hosts.length).toBe(1 + E2E_HOSTS.length);
    expect(out.name).toBe('__MSG_extName__');
    expect(out.permissions).toEqual(['storage']);
  });

  it('refuses a manifest whose host permissions are not a list of patterns', () => {
    expect(() => withE2eHosts({ host_permissions: '*://*/*' })).toThrow(/not a list of match patterns/u);
  });

  it('copies a build and changes only its manifest; a missing build is a clear error', () => {
    const out = mkdtempSync(join(tmpdir(), 'dubao-derive-'));
    mkdirSync(join(out, 'chrome-mv3', 'chunks'), { recursive: true });
    writeFileSync(join(out, 'chrome-mv3', 'manifest.json'), JSON.stringify({ manifest_version: 3, host_permissions: ['*://epaper.xsnet.cn/*'] }));
    writeFileSync(join(out, 'chrome-mv3', 'chunks', 'popup.js'), 'console.log(1)');
    const to = deriveE2eBuild(out, 'chrome-mv3');
    expect(readFileSync(join(to, 'chunks', 'popup.js'), 'utf8')).toBe('console.log(1)');
    const manifest = JSON.parse(readFileSync(join(to, 'manifest.json'), 'utf8')) as { host_permissions: string[]; manifest_version: number };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toContain(E2E_HOSTS.at(-1));
    expect(JSON.parse(readFileSync(join(out, 'chrome-mv3', 'manifest.json'), 'utf8')).host_permissions).toEqual(['*://epaper.xsnet.cn/*']);
    expect(() => deriveE2eBuild(out, 'firefox-mv3')).toThrow(/no production build there/u);
  });
});
