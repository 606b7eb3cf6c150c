import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStytchBridge, type StytchBackendClient, type StytchBridge } from '../../../src/server/index.js';
import { startStytchApiStandin, type StytchApiStandin } from '../../support/stytch-api-standin.js';

/*
 * `stytch@14` hands its `timeout` to `fetch`, which ignores it: without a bound of its own, a
 * Stytch that never answers would hold every bridge request (and its socket) open forever. The
 * bridge bounds each Stytch call (`stytchTimeoutMs`), answers 504 in Stytch's error shape, and
 * aborts the HTTP request it made, so nothing keeps running after the answer.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';
/** Generous: the point is "bounded", not a benchmark; a hang would run into the test's own timeout. */
const PROMPTLY_MS = 5_000;
const TIMEOUT_MS = 1_500;

async function post(bridge: StytchBridge, path: string, session: string) {
  const response = await bridge.fetch(new Request(`http://127.0.0.1/sdk/v1${path}`, {
    method: 'POST', body: '{}',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session}`)}` },
  }));
  return { status: response.status, headers: response.headers, json: await response.json() as any };
}

function assertTimedOut(answer: Awaited<ReturnType<typeof post>>) {
  assert.equal(answer.status, 504, JSON.stringify(answer.json));
  const { request_id, ...rest } = answer.json;
  assert.match(request_id, /^request-id-bridge-[0-9a-f-]{36}$/);
  assert.deepEqual(rest, {
    status_code: 504, error_type: 'stytch_timeout', error_message: 'Stytch did not answer in time: try again.',
    error_url: 'https://stytch.com/docs/api/errors/504',
  });
  assert.equal(answer.headers.get('Cache-Control'), 'no-store');
}

describe('bridge: every Stytch call is bounded', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  const logged: string[] = [];
  before(async () => {
    standin = await startStytchApiStandin();
    bridge = createStytchBridge({
      ...standin.bridgeCredentials,
      // Long enough that a real call on a loaded CI machine (a fresh TLS handshake included) fits in it.
      stytchTimeoutMs: TIMEOUT_MS, log: (line) => logged.push(line),
    });
  });
  after(() => standin.close());

  for (const [hungPath, bridgePath] of [
    ['/v1/sessions/authenticate', '/totps'],
    ['/v1/totps', '/totps'],
    ['/v1/sessions/revoke', '/sessions/revoke'],
  ] as const) {
    it(`a hanging ${hungPath}: 504 promptly, and the request to Stytch is aborted (its connection closes)`, { timeout: 20_000 }, async () => {
      const { session_token } = standin.seedSession();
      const hang = standin.hangOnce(hungPath);
      const started = Date.now();
      const answer = await post(bridge, bridgePath, session_token);
      const elapsed = Date.now() - started;
      assertTimedOut(answer);
      assert.ok(elapsed >= TIMEOUT_MS && elapsed < TIMEOUT_MS + PROMPTLY_MS, `answered after ${elapsed} ms`);
      await hang.reached;
      await hang.closed;
    });
  }

  it('a timeout is an expected failure, not a bug: nothing is logged', { timeout: 20_000 }, async () => {
    logged.length = 0;
    const { session_token } = standin.seedSession();
    const hang = standin.hangOnce('/v1/totps');
    assertTimedOut(await post(bridge, '/totps', session_token));
    await hang.closed;
    assert.deepEqual(logged, []);
  });

  it('after a timeout the bridge works on: the next call answers normally', async () => {
    const { user_id, session_token } = standin.seedSession();
    const answer = await post(bridge, '/totps', session_token);
    assert.equal(answer.status, 200);
    assert.equal(answer.json.data.user_id, user_id);
  });

  it('stytchTimeoutMs must be a whole number of milliseconds from 1 to 2^31-1', () => {
    for (const stytchTimeoutMs of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '1000' as unknown as number]) {
      assert.throws(() => createStytchBridge({ projectId: 'project-test-x', secret: 'secret-test-x', stytchTimeoutMs }), {
        name: 'TypeError', message: `stytchTimeoutMs must be a whole number of milliseconds from 1 to 2147483647, not ${String(stytchTimeoutMs)}.`,
      }, String(stytchTimeoutMs));
    }
    assert.doesNotThrow(() => createStytchBridge({ projectId: 'project-test-x', secret: 'secret-test-x', stytchTimeoutMs: 2 ** 31 - 1 }));
  });
});

describe('bridge with the application\'s own client: the answer is bounded even if the call is not abortable', () => {
  it('a call that never settles: 504 promptly', { timeout: 20_000 }, async () => {
    const client = {
      sessions: { authenticate: () => new Promise(() => {}) },
    } as unknown as StytchBackendClient;
    const started = Date.now();
    assertTimedOut(await post(createStytchBridge({ client, stytchTimeoutMs: 200 }), '/totps', 'session-token-test-0001'));
    assert.ok(Date.now() - started < PROMPTLY_MS);
  });

  it('a call that fails after the answer was sent: no unhandled rejection, nothing logged', { timeout: 20_000 }, async () => {
    let failLate!: () => void;
    const late = new Promise<never>((_, reject) => { failLate = () => reject(new Error('too late')); });
    const client = {
      sessions: { authenticate: async () => ({ session: { user_id: 'user-test-1', authentication_factors: [] }, user: { user_id: 'user-test-1', phone_numbers: [], webauthn_registrations: [], biometric_registrations: [], totps: [] } }) },
      totps: { create: () => late },
    } as unknown as StytchBackendClient;
    const lines: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => { unhandled.push(reason); };
    process.on('unhandledRejection', onUnhandled);
    try {
      assertTimedOut(await post(createStytchBridge({ client, stytchTimeoutMs: 50, log: (line) => lines.push(line) }), '/totps', 'session-token-test-0001'));
      failLate();
      // Give the late rejection its turn on the microtask and macrotask queues.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    assert.deepEqual(unhandled, []);
    assert.deepEqual(lines, []);
  });

  it('a call that answers in time is passed on as before', async () => {
    const client = {
      sessions: { revoke: async () => ({ request_id: 'request-id-stytch-r', status_code: 200 }) },
    } as unknown as StytchBackendClient;
    const answer = await post(createStytchBridge({ client, stytchTimeoutMs: 1_000 }), '/sessions/revoke', 'session-token-test-0001');
    assert.equal(answer.status, 200);
  });
});
