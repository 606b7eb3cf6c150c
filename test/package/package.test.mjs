// The package as the npm registry would carry it (needs `npm run build` first; run by `npm test`):
// publint and arethetypeswrong on the packed tarball, the manifest (public API only, dist/ paths,
// `state` read-only), the framework tables (src/frameworks/attributes.ts) against the manifest,
// and the metadata a registry page shows.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appSizes } from '../../scripts/app-size.mjs';
import { javaScriptEntries } from '../support/package-exports.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const bin = (name, path) => join(root, 'node_modules', name, path);

/** Runs a Node CLI; on failure the assertion shows its output. */
function cli(args) {
  try {
    return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    assert.fail(`${args.slice(0, 2).join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

/**
 * Whether `version` is in an engines range written as `||` alternatives of `^a.b.c` and `>=a.b.c`
 * (all package.json uses); any other form is an error rather than a silent pass.
 */
function nodeRangeIncludes(range, version) {
  const parse = (text) => text.split('.').map(Number);
  const atLeast = (v, min) => v[0] !== min[0] ? v[0] > min[0] : v[1] !== min[1] ? v[1] > min[1] : v[2] >= min[2];
  const v = parse(version);
  return range.split('||').map((part) => part.trim()).some((part) => {
    const match = part.match(/^(\^|>=)(\d+\.\d+\.\d+)$/);
    assert.ok(match, `engines.node: cannot read ${part}`);
    const min = parse(match[2]);
    return atLeast(v, min) && (match[1] === '>=' || v[0] === min[0]);
  });
}

describe('the packed package', () => {
  let work;
  let tarball;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'totp-enroll-pack-'));
    // The build already ran (npm test does it first); --ignore-scripts skips prepack's rebuild.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
    tarball = join(work, packed.filename);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('passes publint --strict', () => {
    assert.match(cli([bin('publint', 'src/cli.js'), '--strict', '--pack', 'npm']), /All good!/);
  });

  it('passes arethetypeswrong: types for every entry (an ES-module-only package: node10 and require() are not asked for)', () => {
    // `attw --pack .` packs with npm's scripts (a rebuild); the tarball packed above is the same package.
    cli([bin('@arethetypeswrong/cli', 'dist/index.js'), tarball, '--profile', 'esm-only', '--format', 'ascii']);
  });
});

describe('custom-elements.json', () => {
  const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'totp-enroll');
  const isPublicField = (m) => m.kind === 'field' && !m.static;

  it('documents the public modules only, at paths the package ships', () => {
    assert.deepEqual(manifest.modules.map((m) => m.path).sort(),
      ['dist/api/errors.js', 'dist/challenge.js', 'dist/elements/challenge/events.js', 'dist/elements/challenge/totp-challenge.component.js',
        'dist/elements/challenge/totp-challenge.js', 'dist/elements/enroll/events.js', 'dist/elements/enroll/totp-enroll.component.js',
        'dist/elements/enroll/totp-enroll.js', 'dist/elements/shared/events.js', 'dist/index.js']);
    for (const mod of manifest.modules) assert.ok(existsSync(join(root, mod.path)), `${mod.path} is not built`);
    assert.doesNotMatch(JSON.stringify(manifest), /"(module|path)":\s*"\.?\/?src\//);
    assert.deepEqual(manifest.modules.find((m) => m.path === 'dist/elements/enroll/totp-enroll.js').exports
      .find((e) => e.kind === 'custom-element-definition'), { kind: 'custom-element-definition', name: 'totp-enroll', declaration: { name: 'TotpEnroll', module: 'dist/elements/enroll/totp-enroll.component.js' } });
  });

  it('lists no private member; state and step are read-only', () => {
    assert.deepEqual(element.members.filter((m) => m.privacy && m.privacy !== 'public'), []);
    for (const name of ['state', 'step']) assert.equal(element.members.find((m) => m.name === name)?.readonly, true, name);
  });

  it('matches the framework tables: attributes, object properties and events', async () => {
    const { totpEnrollAttributes, totpEnrollEvents, totpEnrollProperties } = await import(pathToFileURL(join(root, 'dist/frameworks/attributes.js')).href);
    assert.deepEqual(Object.fromEntries(element.attributes.map((a) => [a.name, a.fieldName])), totpEnrollAttributes);
    const withAttribute = new Set(element.attributes.map((a) => a.fieldName));
    const settable = element.members.filter((m) => isPublicField(m) && !m.readonly && !withAttribute.has(m.name)).map((m) => m.name);
    assert.deepEqual(settable.sort(), [...totpEnrollProperties].sort());
    assert.deepEqual(element.events.map((e) => e.name).sort(), Object.values(totpEnrollEvents).sort());
  });

  it('<totp-challenge> matches its framework tables; state is read-only', async () => {
    const challenge = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'totp-challenge');
    const { totpChallengeAttributes, totpChallengeEvents, totpChallengeProperties } = await import(pathToFileURL(join(root, 'dist/frameworks/attributes.js')).href);
    assert.deepEqual(Object.fromEntries(challenge.attributes.map((a) => [a.name, a.fieldName])), totpChallengeAttributes);
    const withAttribute = new Set(challenge.attributes.map((a) => a.fieldName));
    const settable = challenge.members.filter((m) => isPublicField(m) && !m.readonly && !withAttribute.has(m.name)).map((m) => m.name);
    assert.deepEqual(settable.sort(), [...totpChallengeProperties].sort());
    assert.deepEqual(challenge.events.map((e) => e.name).sort(), Object.values(totpChallengeEvents).sort());
    assert.equal(challenge.members.find((m) => m.name === 'state')?.readonly, true);
    assert.deepEqual(challenge.members.filter((m) => m.privacy && m.privacy !== 'public'), []);
  });
});

describe("import 'totp-enroll' in an app (Vite and esbuild; the 10.4 KB budget is npm run bench's)", () => {
  let app;
  before(async () => { app = await appSizes(); });

  it('costs the same up front under both bundlers: the root entry pulls in no API client (only the early user lookup)', () => {
    for (const [bundler, { initialCode }] of Object.entries(app)) {
      // The client's paths, and its answer checks: the first screen's one call (users/me) is read by the chunk.
      assert.doesNotMatch(initialCode, /sdk\/v1\/totps|"data" envelope|Retry-After/, `${bundler} loads the HTTP client up front`);
    }
    const { vite, esbuild } = app;
    assert.ok(Math.abs(vite.initial.gzip - esbuild.initial.gzip) < 500,
      `up front: Vite ${vite.initial.gzip} B, esbuild ${esbuild.initial.gzip} B gzip`);
  });
});

describe('package.json', () => {
  it('says where the code, the issues and the licence are, and which Node versions it runs on', () => {
    for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'engines', 'license']) assert.ok(pkg[field], field);
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), new RegExp(`^${pkg.license} License`));
    assert.ok(nodeRangeIncludes(pkg.engines.node, process.versions.node), `engines.node ${pkg.engines.node} excludes the Node these tests run on`);
  });

  it('has types for every JavaScript entry', () => {
    for (const [entry, target] of javaScriptEntries()) {
      assert.equal(typeof target, 'object', `${entry} has no conditions`);
      assert.ok(target.types && existsSync(join(root, target.types)), `${entry}: types ${target.types} missing`);
    }
  });
});
