import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock, createMemoryStore, createStytchBackend } from '../../../src/server/index.js';
import {
  PUBLIC_TOKEN, START_TIME, authenticate, call, codeAt, createTotp, seedUserSession, wrongCodeAt,
} from '../harness.js';

/*
 * The memory store's caps against a flood: past every cap, what holds a user's security (a
 * verified TOTP, a lockout, an escalated counter) survives, and the new entry is refused with a
 * clear 503, logged once per map.
 */

function floodRig() {
  const clock = createManualClock(START_TIME);
  const lines: string[] = [];
  const store = createMemoryStore({
    maxUsers: 9, maxSessions: 8, maxTotps: 5, maxFailureCounters: 4, now: clock.now, log: (line) => lines.push(line),
  });
  const backend = createStytchBackend({ store, now: clock.now, demoUser: true, maxFailedAttempts: 2, lockoutSeconds: 60 });
  return { backend, clock, lines };
}

function assertStoreFull(result: { status: number; headers: Headers; json: any }, what: string): void {
  assert.equal(result.status, 503, JSON.stringify(result.json));
  assert.equal(result.json.status_code, 503);
  assert.equal(result.json.error_type, 'capacity_exceeded');
  assert.equal(result.json.error_message, `The backend cannot store more ${what} right now. Try again in 60 seconds.`);
  assert.equal(result.headers.get('Retry-After'), '60');
  assert.equal(result.json.data, undefined);
}

describe('the memory store past its caps', () => {
  it('keeps a verified TOTP, a lockout and an escalated counter through a flood, and refuses the new entries with 503', async () => {
    const { backend, clock, lines } = floodRig();
    const wrongFor = (secret: string) => wrongCodeAt(secret, clock.now());

    // The escalated user: locked out once, and the lockout has run out.
    const escalated = seedUserSession(backend);
    const escalatedTotp = await createTotp(backend, { session: escalated.session_token });
    for (let guess = 0; guess < 2; guess++) await authenticate(backend, wrongFor(escalatedTotp.secret), { session: escalated.session_token });
    clock.advance(60_000);
    // The victim: a verified TOTP. The locked user: locked out now.
    const victim = seedUserSession(backend);
    const victimTotp = await createTotp(backend, { session: victim.session_token });
    assert.equal((await authenticate(backend, codeAt(victimTotp.secret, clock.now()), { session: victim.session_token })).status, 200);
    const locked = seedUserSession(backend);
    const lockedTotp = await createTotp(backend, { session: locked.session_token });
    for (let guess = 0; guess < 2; guess++) await authenticate(backend, wrongFor(lockedTotp.secret), { session: locked.session_token });

    // The flood: sign-ups that each run a Create, and wrong guesses, past every cap.
    const flood = Array.from({ length: 5 }, () => seedUserSession(backend));
    // Seeding saves the user (the last place), then its session, which finds the sessions full.
    assert.throws(() => seedUserSession(backend), { name: 'StoreFullError', what: 'sessions' });
    assert.throws(() => seedUserSession(backend), { name: 'StoreFullError', what: 'users' });
    const floodTotps = [];
    for (const user of flood.slice(0, 2)) floodTotps.push(await createTotp(backend, { session: user.session_token, expiration_minutes: 5 }));
    for (const user of flood.slice(2)) {
      const refused = await call(backend, '/totps', { session: user.session_token, body: { expiration_minutes: 5 } });
      assertStoreFull(refused, 'TOTP registrations');
      assert.equal(backend.store.getTotp(user.user_id), undefined);
    }
    for (const [index, user] of flood.slice(0, 2).entries()) {
      const wrong = await authenticate(backend, wrongFor(floodTotps[index].secret), { session: user.session_token });
      assert.equal(wrong.status, 401);
    }
    // Counters are full: a code check whose failure could not be counted is not made at all,
    // so neither a wrong code (an uncounted guess) nor a right one (an oracle) gets through.
    assertStoreFull(await authenticate(backend, wrongFor(victimTotp.secret), { session: victim.session_token }), 'failed-attempt counters');
    assertStoreFull(await authenticate(backend, codeAt(victimTotp.secret, clock.now() + 30_000), { session: victim.session_token }), 'failed-attempt counters');
    assertStoreFull(await call(backend, '/totps/recover', {
      session: victim.session_token, body: { recovery_code: victimTotp.recovery_codes[0], session_duration_minutes: 60 },
    }), 'failed-attempt counters');
    assert.equal(backend.store.getTotp(victim.user_id)?.recovery_codes.length, victimTotp.recovery_codes.length, 'no code used up');
    // The demo user is a new user too.
    assertStoreFull(await call(backend, '/totps', { session: PUBLIC_TOKEN, body: { expiration_minutes: 5 } }), 'users');

    // What survived, seen through the API.
    const victimCreate = await call(backend, '/totps', { session: victim.session_token, body: { expiration_minutes: 5 } });
    assert.equal(victimCreate.status, 400);
    assert.equal(victimCreate.json.error_type, 'active_totp_exists');
    const lockedOut = await authenticate(backend, codeAt(lockedTotp.secret, clock.now()), { session: locked.session_token });
    assert.equal(lockedOut.status, 429);
    assert.equal(await authenticate(backend, wrongFor(escalatedTotp.secret), { session: escalated.session_token }).then((r) => r.status), 401);
    const doubled = await authenticate(backend, wrongFor(escalatedTotp.secret), { session: escalated.session_token });
    assert.equal(doubled.status, 401);
    const stillLocked = await authenticate(backend, codeAt(escalatedTotp.secret, clock.now()), { session: escalated.session_token });
    assert.equal(stillLocked.status, 429);
    assert.equal(stillLocked.headers.get('Retry-After'), '120', 'the second lockout doubled the first');

    // Once per full map, however many refusals.
    assert.equal(lines.length, 4, lines.join('\n'));
    for (const [what, option] of [['users', 'maxUsers'], ['sessions', 'maxSessions'], ['TOTP registrations', 'maxTotps'], ['failed-attempt counters', 'maxFailureCounters']]) {
      assert.equal(lines.filter((line) => line.includes(`${what} are at their cap`) && line.includes(option)).length, 1, what);
    }
    assert.doesNotMatch(lines.join('\n'), new RegExp([victimTotp.secret, victim.session_token, ...victimTotp.recovery_codes].join('|')));
  });

  it('makes room as pending registrations expire', async () => {
    const { backend, clock } = floodRig();
    const users = Array.from({ length: 6 }, () => seedUserSession(backend));
    for (const user of users.slice(0, 5)) await createTotp(backend, { session: user.session_token, expiration_minutes: 5 });
    assertStoreFull(await call(backend, '/totps', { session: users[5]!.session_token, body: { expiration_minutes: 5 } }), 'TOTP registrations');
    clock.advance(5 * 60_000);
    const created = await call(backend, '/totps', { session: users[5]!.session_token, body: { expiration_minutes: 5 } });
    assert.equal(created.status, 200);
    assert.equal(typeof created.json.data.secret, 'string');
  });
});
