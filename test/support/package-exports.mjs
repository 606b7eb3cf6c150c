// package.json's `exports` as concrete entries: a pattern (`./locales/*.js`) becomes one entry
// per built file it matches. For the node:test files that check every entry.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `[subpath, target]` for every JavaScript entry (not the JSON ones), patterns expanded against dist/. */
export function javaScriptEntries() {
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath.endsWith('.json')) continue;
    if (!subpath.includes('*')) {
      entries.push([subpath, target]);
      continue;
    }
    const pattern = typeof target === 'string' ? target : target.default;
    const [before, after] = pattern.split('*');
    const dir = join(root, before.slice(0, before.lastIndexOf('/') + 1));
    const prefix = before.slice(before.lastIndexOf('/') + 1);
    const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith(after) && !f.endsWith('.d.ts'))
      .map((f) => f.slice(prefix.length, f.length - after.length)) : [];
    if (!names.length) throw new Error(`${subpath} matches no built file`);
    for (const name of names) {
      const concrete = typeof target === 'string' ? target.replace('*', name)
        : Object.fromEntries(Object.entries(target).map(([condition, value]) => [condition, value.replace('*', name)]));
      entries.push([subpath.replace('*', name), concrete]);
    }
  }
  return entries;
}
