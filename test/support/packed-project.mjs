// For node:test files that use the package as a user gets it: `npm pack` (of the build that already
// ran), installed into a fresh project beside the packages that project names.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** npm's variables from the `npm test` around us would point a nested npm at this repository. */
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) =>
    !/^(npm_(package|lifecycle)_|npm_config_(local_prefix|prefix|global)|INIT_CWD$)/i.test(key)));
}

export function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `name@range` as this repository's package.json pins it (a peer or a dev dependency), so the cache has it. */
export function pinned(name) {
  const range = pkg.peerDependencies[name] ?? pkg.devDependencies[name];
  if (!range) throw new Error(`${name} is in neither peerDependencies nor devDependencies`);
  return `${name}@${range}`;
}

/**
 * Packs the package into a fresh temporary folder and installs the tarball and `packages` into
 * `<work>/consumer`. Returns the folders, the tarball and the packed file list; remove `work` after.
 */
export function packedProject(packages = []) {
  const work = mkdtempSync(join(tmpdir(), 'totp-enroll-package-'));
  // The build already ran (npm test does it first); --ignore-scripts skips prepack's rebuild.
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed.filename);
  const project = join(work, 'consumer');
  mkdirSync(join(project, 'public'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...packages], project);
  return { work, project, tarball, files: packed.files.map((f) => f.path) };
}
