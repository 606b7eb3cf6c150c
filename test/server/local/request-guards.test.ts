import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { nodeMiddleware } from '../../../src/server/node.js';
import type { StytchBackend } from '../../../src/server/index.js';
import { PUBLIC_TOKEN, basicAuthorization, newDemoBackend, seedUserSession } from '../harness.js';

const LIMIT = 16_384;

function post(backend: StytchBackend, path: string, init: { body?: BodyInit | null; headers?: Record<string, string> }) {
  return backend.fetch(
    new Request(`http://127.0.0.1/sdk/v1${path}`, {
      method: 'POST',
      headers: { Authorization: basicAuthorization(PUBLIC_TOKEN, PUBLIC_TOKEN), ...init.headers },
      body: init.body ?? null,
      // Needed by Node's fetch for a streamed body.
      ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit),
  );
}

describe('cross-site forms (CSRF)', () => {
  it('refuses a POST that is not application/json with 415, so a form cannot ride the session cookie', async () => {
    const { backend } = newDemoBackend();
    const seeded = seedUserSession(backend);
    const cookie = `stytch_session=${seeded.session_token}`;
    for (const contentType of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      undefined,
    ]) {
      const response = await backend.fetch(
        new Request('http://127.0.0.1/sdk/v1/totps', {
          method: 'POST',
          headers: { Cookie: cookie, ...(contentType ? { 'Content-Type': contentType } : {}) },
          body: contentType ? '{"expiration_minutes":60}' : null,
        }),
      );
      assert.equal(response.status, 415, String(contentType));
      const body = (await response.json()) as Record<string, unknown>;
      assert.equal(body['status_code'], 415);
      assert.equal(body['error_type'], 'invalid_content_type');
      assert.equal(body['error_message'], 'Send the request body as application/json.');
      assert.equal(backend.store.getTotp(seeded.user_id), undefined, 'nothing was created');
    }
  });

  it('accepts application/json, with a charset and an empty body too (as the SDK sends)', async () => {
    const { backend } = newDemoBackend();
    const create = await post(backend, '/totps', { headers: { 'Content-Type': 'Application/JSON; charset=utf-8' }, body: '{}' });
    assert.equal(create.status, 200);
    const events = await post(backend, '/events', { headers: { 'Content-Type': 'application/json' }, body: '[{"event":{}}]' });
    assert.equal(events.status, 200);
    const bodiless = await post(backend, '/totps', { headers: { 'Content-Type': 'application/json' } });
    assert.equal(bodiless.status, 200);
    for (const contentType of ['application/json; charset=utf-8', 'application/json ;charset=utf-8']) {
      const spaced = await post(backend, '/totps', { headers: { 'Content-Type': contentType }, body: '{}' });
      assert.equal(spaced.status, 200, contentType);
    }
  });
});

describe('request body size', { timeout: 20_000 }, () => {
  it('refuses a Content-Length over the limit with 413 in Stytch\'s shape, before reading', async () => {
    const { backend } = newDemoBackend();
    let pulled = 0;
    // 1 MB of whitespace declared as 300 MB: only the declared length may be looked at.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ === 1024) return controller.close();
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const response = await post(backend, '/totps', {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(300 * 1024 * 1024) },
      body: endless,
    });
    assert.equal(response.status, 413);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body['status_code'], 413);
    assert.equal(body['error_type'], 'request_too_large');
    assert.equal(body['error_url'], 'https://stytch.com/docs/api/errors/413');
    assert.ok(pulled <= 1, `read ${pulled} chunks`);
  });

  it('stops reading a streamed body (no Content-Length) as soon as it passes the limit', async () => {
    const { backend } = newDemoBackend();
    let sent = 0;
    const whitespace = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 1024 * 1024) return controller.close();
        sent += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const response = await post(backend, '/totps', { headers: { 'Content-Type': 'application/json' }, body: whitespace });
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as Record<string, unknown>)['error_type'], 'request_too_large');
    assert.ok(sent <= LIMIT + 64 * 1024, `read ${sent} bytes`);
  });

  it('accepts a body just under the limit, and takes maxBodyBytes', async () => {
    const { backend } = newDemoBackend();
    const padded = `{"expiration_minutes":60${' '.repeat(LIMIT - 40)}}`;
    assert.equal((await post(backend, '/totps', { headers: { 'Content-Type': 'application/json' }, body: padded })).status, 200);
    const { backend: small } = newDemoBackend({ maxBodyBytes: 100 });
    const refused = await post(small, '/totps', { headers: { 'Content-Type': 'application/json' }, body: padded });
    assert.equal(refused.status, 413);
    assert.equal(((await refused.json()) as Record<string, unknown>)['error_message'], 'The request body is larger than 100 bytes.');
  });

  describe('over HTTP (nodeMiddleware)', () => {
    let server: Server;
    let base: string;
    before(async () => {
      const { backend } = newDemoBackend();
      const middleware = nodeMiddleware(backend.fetch);
      server = createServer((req, res) => middleware(req, res, () => res.writeHead(418).end()));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      // The refused upload may leave its connection half open: close it rather than wait.
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('answers 413 to a chunked body (no Content-Length) once it passes the limit', async () => {
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${base}/sdk/v1/totps`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: basicAuthorization(PUBLIC_TOKEN, PUBLIC_TOKEN) },
        });
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', (error) => (answered ? undefined : reject(error)));
        // Up to 2 MB of whitespace in 16 KB chunks, stopping as soon as the answer arrives.
        let sent = 0;
        const pump = () => {
          while (!answered && sent < 2 * 1024 * 1024) {
            sent += 16 * 1024;
            if (!req.write(Buffer.alloc(16 * 1024, 0x20))) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      });
      assert.equal(status, 413);
      assert.equal(JSON.parse(body).error_type, 'request_too_large');
    });
  });
});

describe('CORS', () => {
  const ORIGIN = 'https://app.example.com';

  it('refuses at start-up an allowedOrigins entry that is not exactly scheme://host[:port]', () => {
    for (const origin of ['xhttps://app.example.com', 'https://app.example.com/', 'null', '*']) {
      assert.throws(() => newDemoBackend({ allowedOrigins: [origin] }), {
        name: 'TypeError',
        message: `allowedOrigins: ${JSON.stringify(origin)} is not an origin such as "https://app.example.com".`,
      }, origin);
    }
  });

  it('answers an allowed preflight with the SDK\'s methods and headers only, not whatever was asked for', async () => {
    const { backend } = newDemoBackend({ allowedOrigins: [ORIGIN] });
    const response = await backend.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-not-on-the-list',
      },
    }));
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), ORIGIN);
    assert.equal(response.headers.get('Access-Control-Allow-Methods'), 'GET,POST,DELETE');
    assert.equal(
      response.headers.get('Access-Control-Allow-Headers'),
      'Authorization,Content-Type,X-SDK-Client,X-SDK-Parent-Host',
    );
  });
});
