import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { createManualClock, createMemoryStore, createStytchBackend } from '../../../src/server/index.js';
import { generateRecoveryCodes } from '../../../src/server/local/recovery-codes.js';
import {
  PUBLIC_TOKEN, authenticate, basicAuthorization, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession,
} from '../harness.js';

/* Answers to what should not happen: a failing store, odd bodies, odd credentials. */

describe('unexpected failures', () => {
  it('answer 500 internal_server_error without details, and log the stack for the developer', async () => {
    const store = createMemoryStore();
    const failing = { ...store, getTotp: () => { throw new Error('disk on fire at /var/secret'); } };
    const { backend } = newDemoBackend({ store: failing });
    const logged = mock.method(console, 'error', () => undefined);
    try {
      const result = await call(backend, '/totps/authenticate', { session: PUBLIC_TOKEN, body: { totp_code: '123456', session_duration_minutes: 60 } });
      assert.equal(result.status, 500);
      assert.equal(result.json.error_type, 'internal_server_error');
      assert.equal(result.json.status_code, 500);
      assert.equal(result.json.error_message, 'The local Stytch backend failed to handle this request.');
      assert.match(result.json.request_id, /^request-id-local-/);
      assert.equal(result.headers.get('Cache-Control'), 'no-store');
      assert.doesNotMatch(JSON.stringify(result.json), /disk on fire|secret/);
      assert.equal(logged.mock.callCount(), 1);
      assert.match(String(logged.mock.calls[0]!.arguments.join(' ')), /unexpected error.*disk on fire/s);
    } finally {
      logged.mock.restore();
    }
  });

  it('answer 500 too when a store throws something that is not an Error', async () => {
    const kinds = ['string', 'object', 'null', 'undefined', 'number'];
    for (const [index, thrown] of ['disk on fire', { code: 'EIO' }, null, undefined, 42].entries()) {
      const store = createMemoryStore();
      const failing = { ...store, getTotp: () => { throw thrown; } };
      const { backend } = newDemoBackend({ store: failing });
      const logged = mock.method(console, 'error', () => undefined);
      try {
        const result = await call(backend, '/totps/authenticate', { session: PUBLIC_TOKEN, body: { totp_code: '123456', session_duration_minutes: 60 } });
        assert.equal(result.status, 500, String(thrown));
        assert.equal(result.json.error_type, 'internal_server_error');
        assert.equal(result.headers.get('Cache-Control'), 'no-store');
        assert.equal(logged.mock.callCount(), 1);
        const line = String(logged.mock.calls[0]!.arguments.join(' '));
        assert.match(line, new RegExp(`NonErrorThrown: A value that is not an Error was thrown \\(${kinds[index]}\\)\\.\\n\\s+at `));
        assert.doesNotMatch(line, /disk on fire|EIO/, 'the value is not logged: it could hold anything');
      } finally {
        logged.mock.restore();
      }
    }
  });
});

describe('request bodies', () => {
  it('refuse JSON that is not an object with 400 invalid_json', async () => {
    const { backend } = newDemoBackend();
    for (const body of ['null', '[]', '"text"', '42', 'true']) {
      const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body });
      assert.equal(result.status, 400, body);
      assert.equal(result.json.error_type, 'invalid_json', body);
      assert.equal(result.json.error_message, 'The request body must be a JSON object.');
    }
    const broken = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: '{"expiration_minutes":' });
    assert.equal(broken.json.error_message, 'The request body is not valid JSON.');
  });

  it('take a body of only white space as {}', async () => {
    const { backend } = newDemoBackend();
    assert.equal((await call(backend, '/totps', { session: PUBLIC_TOKEN, body: ' \n ' })).status, 200);
  });
});

describe('Basic credentials', () => {
  const refusedAs = async (authorization: string) => {
    const { backend } = newDemoBackend();
    const result = await call(backend, '/totps', { authorization, body: {} });
    return `${result.status} ${result.json.error_type}`;
  };

  it('with an empty session part mean "no session": the cookie, or the demo user', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const viaCookie = await call(backend, '/totps', { authorization: basicAuthorization(PUBLIC_TOKEN, ''), cookie: `stytch_session=${seeded.session_token}`, body: {} });
    assert.equal(viaCookie.status, 200);
    assert.equal(viaCookie.json.data.user_id, seeded.user_id);
    const { backend: demo } = newDemoBackend();
    const asDemo = await call(demo, '/totps', { authorization: basicAuthorization(PUBLIC_TOKEN, ''), body: {} });
    assert.equal(asDemo.json.data.user_id, 'user-test-local-demo');
    assert.equal((await call(backend, '/totps', { authorization: basicAuthorization(PUBLIC_TOKEN, ''), body: {} })).status, 401);
  });

  it('must hold a colon, be base64, and be the whole header', async () => {
    const message = '401 unauthorized_credentials';
    assert.equal(await refusedAs(`Basic ${btoa(PUBLIC_TOKEN)}`), message);
    assert.equal(await refusedAs('Basic ***'), message);
    assert.equal(await refusedAs('Basic a'), message, 'not decodable');
    assert.equal(await refusedAs(`X${basicAuthorization(PUBLIC_TOKEN, PUBLIC_TOKEN)}`), message);
    assert.equal(await refusedAs(`${basicAuthorization(PUBLIC_TOKEN, PUBLIC_TOKEN)} extra`), message);
    assert.equal(await refusedAs(`Bearer ${btoa(`${PUBLIC_TOKEN}:${PUBLIC_TOKEN}`)}`), message);
    assert.equal(await refusedAs(''), message);
  });

  it('may be spelled in any case, with trailing space, and the session part may hold colons', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const encoded = btoa(`${PUBLIC_TOKEN}:${seeded.session_token}`);
    for (const authorization of [`basic ${encoded}`, `Basic   ${encoded}  `]) {
      assert.equal((await call(backend, '/totps', { authorization, body: {} })).json.data.user_id, seeded.user_id, authorization);
    }
    const colon = await call(backend, '/totps', { authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:a:b`)}`, body: {} });
    assert.equal(colon.status, 401);
    assert.equal(colon.json.error_message, 'The session token is unknown or has expired.');
  });

  it('naming another public token are refused, also when they carry a session', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const result = await call(backend, '/totps', { authorization: basicAuthorization('public-token-test-other', seeded.session_token), body: {} });
    assert.equal(result.status, 401);
    assert.equal(result.json.error_type, 'invalid_public_token');
  });
});

describe('recovery without a TOTP', () => {
  it('answers 404 totp_not_found, and counts nothing towards the lockout', async () => {
    const { backend, clock } = newDemoBackend({ maxFailedAttempts: 1 });
    const result = await call(backend, '/totps/recover', { session: PUBLIC_TOKEN, body: { recovery_code: 'abcd-efgh-jkmn' } });
    assert.equal(result.status, 404);
    assert.equal(result.json.error_type, 'totp_not_found');
    const created = await createTotp(backend);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
  });
});

describe('recovery codes', () => {
  const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

  it('use every symbol of the look-alike-free alphabet equally often (chi-square)', () => {
    // 8,000 codes of 12 symbols: 96,000 draws of 31 symbols. A uniform source stays below the
    // bound (30 degrees of freedom: p ≈ 1e-7 past 90); eight symbols drawn 9/8 as often as the
    // rest (a byte taken modulo 31 without redrawing) land near 300.
    const counts = new Map<string, number>();
    for (const code of generateRecoveryCodes(8_000)) {
      for (const symbol of code.replaceAll('-', '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    assert.deepEqual([...counts.keys()].sort().join(''), [...ALPHABET].sort().join(''));
    const expected = (8_000 * 12) / ALPHABET.length;
    const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    assert.ok(chiSquare < 90, `chi-square ${chiSquare.toFixed(1)}`);
  });

  it('come ten at a time by default, each xxxx-xxxx-xxxx, all different', () => {
    const codes = generateRecoveryCodes();
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    for (const code of codes) assert.match(code, /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
    assert.equal(generateRecoveryCodes(3).length, 3);
  });

  it('redraw the random bytes 248–255, and use the others in the order drawn', (t) => {
    // A source counting up from 248: the eight bytes a modulo 31 would fold onto
    // "abcdefgh" must be skipped, then 0, 1, 2, … pick the alphabet's symbols in turn.
    let next = 248;
    t.mock.method(crypto, 'getRandomValues', (array: Uint8Array) => {
      for (let index = 0; index < array.length; index++) array[index] = next++ % 256;
      return array;
    });
    assert.deepEqual(generateRecoveryCodes(1), ['abcd-efgh-jkmn']);
  });
});

describe('the backend itself', () => {
  it('answers an unknown route with 404 route_not_found in Stytch\'s JSON shape', async () => {
    const { backend } = newBackend();
    const result = await call(backend, '/nowhere');
    assert.equal(result.status, 404);
    assert.equal(result.headers.get('Content-Type'), 'application/json');
    assert.equal(result.json.error_type, 'route_not_found');
    assert.equal(result.json.error_message, 'No endpoint at GET /sdk/v1/nowhere.');
    assert.match(result.json.request_id, /^request-id-local-/);
  });

  it('gives its default store the clock it was given, not the wall clock', async () => {
    // A clock years before the real time: a store reading Date.now would find every session expired.
    const clock = createManualClock(Date.UTC(2001, 0, 1));
    const backend = createStytchBackend({ now: clock.now });
    const seeded = seedUserSession(backend);
    const result = await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} });
    assert.equal(result.status, 200);
  });
});
