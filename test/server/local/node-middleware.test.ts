import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createStytchBackend } from '../../../src/server/index.js';
import { nodeMiddleware } from '../../../src/server/node.js';
import { PUBLIC_TOKEN, basicAuthorization } from '../harness.js';

describe('nodeMiddleware', () => {
  let server: Server;
  let base: string;

  before(async () => {
    const middleware = nodeMiddleware(
      createStytchBackend({ demoUser: true, allowedOrigins: ['http://localhost:5173'] }).fetch,
    );
    // The smallest Connect-like chain: the middleware, then a fallback that marks what it got.
    server = createServer((req, res) =>
      middleware(req, res, () => {
        res.statusCode = 418;
        res.end('passed on');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('forwards /sdk/ requests, bodies and headers included, to the backend', async () => {
    const response = await fetch(`${base}/sdk/v1/totps`, {
      method: 'POST',
      headers: {
        Authorization: basicAuthorization(PUBLIC_TOKEN, PUBLIC_TOKEN),
        'Content-Type': 'application/json',
        Origin: 'http://localhost:5173',
      },
      body: JSON.stringify({ expiration_minutes: 30 }),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const body = (await response.json()) as { data: { secret: string } };
    assert.match(body.data.secret, /^[A-Z2-7]{32}$/);
  });

  it('passes everything else to next()', async () => {
    const response = await fetch(`${base}/index.html`);
    assert.equal(response.status, 418);
    assert.equal(await response.text(), 'passed on');
  });

  it('honours a custom prefix', async () => {
    const middleware = nodeMiddleware(createStytchBackend({ basePath: '/api' }).fetch, { prefix: '/api/sdk/' });
    const local = createServer((req, res) => middleware(req, res, () => res.writeHead(418).end()));
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    try {
      const port = (local.address() as AddressInfo).port;
      assert.equal((await fetch(`http://127.0.0.1:${port}/api/sdk/v1/projects/bootstrap/${PUBLIC_TOKEN}`)).status, 200);
      assert.equal((await fetch(`http://127.0.0.1:${port}/sdk/v1/projects/bootstrap/${PUBLIC_TOKEN}`)).status, 418);
    } finally {
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });

  it('serves a basePath given with trailing slashes under the same /sdk/v1', async () => {
    for (const basePath of ['/stytch/', '/stytch//']) {
      const backend = createStytchBackend({ basePath });
      const response = await backend.fetch(new Request(`http://127.0.0.1/stytch/sdk/v1/projects/bootstrap/${PUBLIC_TOKEN}`));
      assert.equal(response.status, 200, basePath);
    }
  });
});
