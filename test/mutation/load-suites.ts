import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');

/** Imports every `*.test.ts` of `folder` (relative to the repository), in name order, `last` at the end. */
export async function loadSuites(folder: string, { last = [], skip = [] }: { last?: string[]; skip?: string[] } = {}) {
  const names = readdirSync(join(root, folder)).filter((name) => name.endsWith('.test.ts') && !skip.includes(name)).sort();
  const ordered = [...names.filter((name) => !last.includes(name)), ...last.filter((name) => names.includes(name))];
  for (const name of ordered) await import(pathToFileURL(join(root, folder, name)).href);
  return ordered.map((name) => relative(root, join(root, folder, name)));
}
