import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');

interface Order {
  /** Run before the rest, in this order: quick tests without servers, which kill most mutants of what they test. */
  first?: string[];
  /** Run after the rest: the slow ones, which only survivors and their own mutants reach. */
  last?: string[];
  skip?: string[];
}

/**
 * Imports every `*.test.ts` of `folder` (relative to the repository): `first`, then the rest in
 * name order, then `last`. A mutant's run stops at its first failing test, so the order decides
 * how long a killed mutant takes. Every file is loaded: one that is not named still runs.
 */
export async function loadSuites(folder: string, { first = [], last = [], skip = [] }: Order = {}) {
  const names = readdirSync(join(root, folder)).filter((name) => name.endsWith('.test.ts') && !skip.includes(name)).sort();
  const middle = names.filter((name) => !first.includes(name) && !last.includes(name));
  const ordered = [...first, ...middle, ...last].filter((name) => names.includes(name));
  for (const name of ordered) await import(pathToFileURL(join(root, folder, name)).href);
  return ordered.map((name) => relative(root, join(root, folder, name)));
}
