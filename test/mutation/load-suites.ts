import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..', '..');
/** `.ts` when run through tsx, `.js` when run from the transpiled copy Stryker makes (scripts/mutation-build.mjs). */
const extension = extname(here);

interface Order {
  /** Run before the rest, in this order: quick tests without servers, which kill most mutants of what they test. */
  first?: string[];
  /** Run after the rest: the slow ones, which only survivors and their own mutants reach. */
  last?: string[];
  skip?: string[];
}

/**
 * Imports every test file under `folder` (relative to the repository), subfolders included:
 * `first`, then the rest in name order, then `last`; each named by its path below `folder` without
 * `.test.ts` (`'local/create'`). A mutant's run stops at its first failing test, so the order
 * decides how long a killed mutant takes. Every file is loaded: one that is not named still runs.
 */
export async function loadSuites(folder: string, { first = [], last = [], skip = [] }: Order = {}) {
  const suffix = `.test${extension}`;
  const names = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix)).map((file) => file.slice(0, -suffix.length).split(sep).join('/'))
    .filter((name) => !skip.includes(name)).sort();
  const middle = names.filter((name) => !first.includes(name) && !last.includes(name));
  const ordered = [...first, ...middle, ...last].filter((name) => names.includes(name));
  for (const name of ordered) await import(pathToFileURL(join(root, folder, `${name}${suffix}`)).href);
  return ordered.map((name) => relative(root, join(root, folder, `${name}${suffix}`)));
}
