// Makes the end-to-end builds from the production ones: a copy of .output/chrome-mv3 and
// .output/firefox-mv3 (made by `wxt build` and `wxt build -b firefox --mv3`) as chrome-mv3-e2e and
// firefox-mv3-e2e, with the fixture papers' host access (scripts/e2e-hosts.ts) added to the copy's
// manifest. Nothing else differs, so the end-to-end tests run the very scripts that ship, and a
// test run builds each browser once instead of twice.
// Usage: node --import tsx scripts/derive-e2e-build.ts [chrome-mv3 firefox-mv3]
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_HOSTS } from './e2e-hosts';

const OUT = new URL('../.output/', import.meta.url).pathname;

/** The manifest with the end-to-end hosts added to its host permissions (each once, in order). */
export function withE2eHosts(manifest: { host_permissions?: unknown }): Record<string, unknown> {
  const own = manifest.host_permissions;
  if (own !== undefined && !(Array.isArray(own) && own.every((h) => typeof h === 'string'))) {
    throw new Error('manifest.json: host_permissions is not a list of match patterns');
  }
  return { ...manifest, host_permissions: [...new Set([...(own ?? []), ...E2E_HOSTS])] };
}

export function deriveE2eBuild(outDir: string, name: string): string {
  const from = join(outDir, name);
  const manifestPath = join(from, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${from}: no production build there (run wxt build first)`);
  const to = `${from}-e2e`;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: unknown };
  writeFileSync(join(to, 'manifest.json'), `${JSON.stringify(withE2eHosts(manifest), null, 2)}\n`);
  return to;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const names = process.argv.slice(2);
  for (const name of names.length > 0 ? names : ['chrome-mv3', 'firefox-mv3']) {
    console.log(`end-to-end build: ${deriveE2eBuild(OUT, name)}`);
  }
}
