import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEMO_USER_ID, PUBLIC_TOKEN, authenticate, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession, type CallResult,
} from '../harness.js';

/*
 * Create renders a PNG QR code (~10 ms of CPU), so each user gets a few per window. Literal
 * values (10 per 600 s by default), not the code's constants.
 */

const SECOND = 1000;

const create = (backend: Parameters<typeof call>[0], session: string) =>
  call(backend, '/totps', { session, body: { expiration_minutes: 60 } });

function assertLimited(result: CallResult, retryAfter: string): void {
  assert.equal(result.status, 429);
  assert.equal(result.headers.get('Retry-After'), retryAfter);
  assert.deepEqual(Object.keys(result.json).sort(), ['error_message', 'error_type', 'error_url', 'request_id', 'status_code']);
  assert.equal(result.json.status_code, 429);
  assert.equal(result.json.error_type, 'too_many_requests');
  assert.equal(result.json.error_url, 'https://stytch.com/docs/api/errors/429');
  assert.match(result.json.error_message, new RegExp(`Try again in ${retryAfter} seconds`));
}

describe('Create limit per user', () => {
  it('refuses the 11th Create within 10 minutes with 429 and Retry-After, changing nothing', async () => {
    const { backend, clock } = newBackend();
    const user = seedUserSession(backend);
    for (let index = 0; index < 10; index++) {
      assert.equal((await create(backend, user.session_token)).status, 200, `Create ${index + 1}`);
      clock.advance(10 * SECOND);
    }
    const pending = backend.store.getTotp(user.user_id);
    // The first Create was 100 s ago: it leaves the window in 500 s.
    assertLimited(await create(backend, user.session_token), '500');
    assert.deepEqual(backend.store.getTotp(user.user_id), pending, 'the pending registration is untouched');
  });

  it('allows Creates again as the oldest leave the window, one for each', async () => {
    const { backend, clock } = newBackend();
    const user = seedUserSession(backend);
    const start = clock.now();
    for (let index = 0; index < 10; index++) {
      clock.set(start + index * 60 * SECOND);
      await createTotp(backend, { session: user.session_token });
    }
    clock.set(start + 600 * SECOND - 1);
    assertLimited(await create(backend, user.session_token), '1');
    clock.set(start + 600 * SECOND);
    assert.equal((await create(backend, user.session_token)).status, 200, 'the first left the window');
    assertLimited(await create(backend, user.session_token), '60');
    clock.set(start + 660 * SECOND);
    assert.equal((await create(backend, user.session_token)).status, 200, 'the second left the window');
  });

  it('counts refused Creates not at all: waiting out the window is enough', async () => {
    const { backend, clock } = newBackend();
    const user = seedUserSession(backend);
    for (let index = 0; index < 10; index++) await createTotp(backend, { session: user.session_token });
    for (let index = 0; index < 5; index++) {
      clock.advance(100 * SECOND);
      assert.equal((await create(backend, user.session_token)).status, 429);
    }
    clock.advance(100 * SECOND);
    assert.equal((await create(backend, user.session_token)).status, 200);
  });

  it('says Retry-After 1, never 0, when less than a second is left', async () => {
    const { backend, clock } = newBackend();
    const user = seedUserSession(backend);
    for (let index = 0; index < 10; index++) await createTotp(backend, { session: user.session_token });
    clock.advance(599_600);
    assertLimited(await create(backend, user.session_token), '1');
    clock.advance(-100_100);
    assertLimited(await create(backend, user.session_token), '101');
  });

  it('leaves another user unaffected', async () => {
    const { backend } = newBackend();
    const limited = seedUserSession(backend);
    const other = seedUserSession(backend);
    for (let index = 0; index < 10; index++) await createTotp(backend, { session: limited.session_token });
    assert.equal((await create(backend, limited.session_token)).status, 429);
    assert.equal((await create(backend, other.session_token)).status, 200);
  });

  it('counts the user, not the session: a second session of the same user is limited too', async () => {
    const { backend } = newBackend();
    const first = seedUserSession(backend);
    const second = seedUserSession(backend, { userId: first.user_id });
    for (let index = 0; index < 10; index++) await createTotp(backend, { session: first.session_token });
    assert.equal((await create(backend, second.session_token)).status, 429);
  });

  it('holds against parallel Creates: exactly the limit get through', async () => {
    const { backend } = newBackend();
    const user = seedUserSession(backend);
    const results = await Promise.all(Array.from({ length: 15 }, () => create(backend, user.session_token)));
    assert.equal(results.filter((result) => result.status === 200).length, 10);
    assert.equal(results.filter((result) => result.status === 429).length, 5);
  });

  it('does not count a Create refused for an existing verified TOTP', async () => {
    const { backend, clock } = newBackend();
    const user = seedUserSession(backend);
    const created = await createTotp(backend, { session: user.session_token });
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()), { session: user.session_token })).status, 200);
    for (let index = 0; index < 20; index++) {
      assert.equal((await create(backend, user.session_token)).json.error_type, 'active_totp_exists');
    }
  });

  it('takes its numbers from createLimit', async () => {
    const { backend, clock } = newBackend({ createLimit: { maxCreates: 2, windowSeconds: 60 } });
    const user = seedUserSession(backend);
    await createTotp(backend, { session: user.session_token });
    await createTotp(backend, { session: user.session_token });
    assertLimited(await create(backend, user.session_token), '60');
    clock.advance(60 * SECOND);
    assert.equal((await create(backend, user.session_token)).status, 200);
  });

  it('refuses at start-up settings that are not whole numbers from 1', () => {
    for (const [name, value] of [['maxCreates', 0], ['maxCreates', 2.5], ['windowSeconds', 0], ['windowSeconds', Number.POSITIVE_INFINITY], ['maxTrackedUsers', 0], ['maxTrackedUsers', Number.NaN]] as const) {
      assert.throws(() => newBackend({ createLimit: { [name]: value } }), new RegExp(`createLimit\\.${name}`), `${name}: ${value}`);
    }
  });

  it('leaves the demo user, whom every visitor of a demo shares, unlimited', async () => {
    const { backend } = newDemoBackend();
    for (let index = 0; index < 12; index++) {
      const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: { expiration_minutes: 60 } });
      assert.equal(result.status, 200, `Create ${index + 1}`);
      assert.equal(result.json.data.user_id, DEMO_USER_ID);
    }
  });
});

describe('Create limit state', () => {
  it('refuses a new user with 503 when every tracked user still counts, rather than forgetting one', async () => {
    const lines: string[] = [];
    const { backend, clock } = newBackend({ createLimit: { maxCreates: 1, windowSeconds: 60, maxTrackedUsers: 2 }, log: (line) => lines.push(line) });
    const [first, second, third] = [seedUserSession(backend), seedUserSession(backend), seedUserSession(backend)];
    await createTotp(backend, { session: first.session_token });
    await createTotp(backend, { session: second.session_token });

    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await create(backend, third.session_token);
      assert.equal(refused.status, 503);
      assert.equal(refused.json.error_type, 'capacity_exceeded');
      assert.match(refused.headers.get('Retry-After') ?? '', /^[1-9][0-9]*$/);
    }
    assert.equal(backend.store.getTotp(third.user_id), undefined, 'no QR was made for the refused Create');
    // The counting entries survived the flood: their users are still limited.
    assert.equal((await create(backend, first.session_token)).status, 429);
    assert.equal((await create(backend, second.session_token)).status, 429);

    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /Create limit.*maxTrackedUsers/);
    assert.doesNotMatch(lines[0]!, new RegExp([first, second, third].flatMap((user) => [user.user_id, user.session_token]).join('|')));

    // Counters whose Creates all left the window can go: room for the new user.
    clock.advance(60 * SECOND);
    assert.equal((await create(backend, third.session_token)).status, 200);
  });
});
