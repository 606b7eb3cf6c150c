import assert from 'node:assert/strict';
import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

/*
 * `totp-enroll/server` is runtime-neutral (a worker, Deno, Bun, an edge runtime can import it for
 * the local backend): nothing it imports statically may need Node. The bridge loads `stytch` and
 * its Node-only parts (timeout.ts, retry-after.ts: AsyncLocalStorage) with its first Stytch call,
 * through dynamic imports, which the walk below does not follow, as a runtime does not until then.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The files and the packages (or Node built-ins) `entry` reaches through static imports and re-exports. */
async function staticGraph(entry: string): Promise<{ files: Set<string>; packages: Set<string> }> {
  const { metafile } = await build({
    absWorkingDir: root, entryPoints: [entry], bundle: true, write: false, metafile: true,
    platform: 'neutral', format: 'esm', packages: 'external', external: ['node:*'], logLevel: 'silent',
  });
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const { path, kind, external } of metafile.inputs[file]!.imports) {
      if (kind !== 'import-statement') continue;
      if (external) packages.add(path);
      else visit(path);
    }
  };
  visit(entry);
  return { files, packages };
}

const needsNode = (specifier: string) => specifier.startsWith('node:') || isBuiltin(specifier);

describe('totp-enroll/server imports nothing Node-only statically', () => {
  it('reaches both servers, but neither a Node built-in, nor stytch, nor @hono/node-server', async () => {
    const { files, packages } = await staticGraph('src/server/index.ts');
    assert.ok(files.has('src/server/local/backend.ts') && files.has('src/server/bridge/bridge.ts'), 'the walk reached both servers');
    assert.deepEqual([...packages].filter(needsNode), []);
    assert.ok(!packages.has('stytch'), 'stytch is imported statically');
    assert.ok(!packages.has('@hono/node-server'), '@hono/node-server is imported statically');
    for (const nodeOnly of ['src/server/bridge/timeout.ts', 'src/server/bridge/retry-after.ts']) {
      assert.ok(!files.has(nodeOnly), `${nodeOnly} is imported statically`);
    }
  });

  it('the walk does see a Node import where there is one (the bridge\'s timeout.ts, node.ts)', async () => {
    assert.ok((await staticGraph('src/server/bridge/timeout.ts')).packages.has('node:async_hooks'));
    assert.ok((await staticGraph('src/server/node.ts')).packages.has('@hono/node-server'));
  });
});
