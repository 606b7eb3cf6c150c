import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  authenticate, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession, wrongCodeAt,
} from '../harness.js';

/*
 * What the sequential tests (authenticate, recovery, concurrency) leave open: the same
 * protections when an attacker sends everything at once.
 */
describe('abuse in parallel', () => {
  it('100 parallel wrong codes: only maxFailedAttempts are checked, the rest are locked out', async () => {
    const { backend, clock } = newBackend({ maxFailedAttempts: 5, lockoutSeconds: 60 });
    const victim = seedUserSession(backend);
    const created = await createTotp(backend, { session: victim.session_token });
    const wrong = wrongCodeAt(created.secret, clock.now());
    const results = await Promise.all(
      Array.from({ length: 100 }, () => authenticate(backend, wrong, { session: victim.session_token })),
    );
    const statuses = results.map((result) => result.status);
    assert.equal(statuses.filter((status) => status === 401).length, 5);
    assert.equal(statuses.filter((status) => status === 429).length, 95);
    for (const result of results.filter((r) => r.status === 429)) assert.ok(Number(result.headers.get('Retry-After')) > 0);
    // The right code is refused until the lockout ends.
    const right = await authenticate(backend, codeAt(created.secret, clock.now()), { session: victim.session_token });
    assert.equal(right.status, 429);
    assert.equal(backend.store.getTotp(victim.user_id)?.verified, false);
    clock.advance(60_000);
    const later = await authenticate(backend, codeAt(created.secret, clock.now()), { session: victim.session_token });
    assert.equal(later.status, 200);
  });

  it('a burst of right and wrong guesses cannot slip a guess past the limit', async () => {
    const { backend, clock } = newDemoBackend({ maxFailedAttempts: 3 });
    const created = await createTotp(backend);
    const right = codeAt(created.secret, clock.now());
    const wrong = wrongCodeAt(created.secret, clock.now());
    // Three wrong guesses first, then a hundred guesses of which the last is right.
    const burst = [wrong, wrong, wrong, ...Array.from({ length: 99 }, () => wrong), right];
    const results = await Promise.all(burst.map((code) => authenticate(backend, code)));
    assert.equal(results.filter((result) => result.status === 200).length, 0);
    assert.equal(results.filter((result) => result.status === 401).length, 3);
  });

  it('one user locked out does not lock out another', async () => {
    const { backend, clock } = newBackend({ maxFailedAttempts: 2 });
    const [attacked, bystander] = [seedUserSession(backend), seedUserSession(backend)];
    const a = await createTotp(backend, { session: attacked.session_token });
    const b = await createTotp(backend, { session: bystander.session_token });
    await Promise.all(Array.from({ length: 20 }, () =>
      authenticate(backend, wrongCodeAt(a.secret, clock.now()), { session: attacked.session_token })));
    const result = await authenticate(backend, codeAt(b.secret, clock.now()), { session: bystander.session_token });
    assert.equal(result.status, 200);
  });

  it('a recovery code used 20 times at once logs in once', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    const code = created.recovery_codes[0];
    const results = await Promise.all(Array.from({ length: 20 }, () =>
      call(backend, '/totps/recover', { session: 'public-token-test-local', body: { recovery_code: code, session_duration_minutes: 60 } })));
    assert.equal(results.filter((result) => result.status === 200).length, 1);
    // The rest are refused: as used codes (401), then as a lockout (429) once they count as failures.
    assert.ok(results.every((result) => [200, 401, 429].includes(result.status)));
  });

  it('20 parallel Creates, then the pending registration still expires on time', async () => {
    // Above the default limit of 10 per window (test/server/local/create-limit.test.ts): here the race counts.
    const { backend, clock } = newBackend({ createLimit: { maxCreates: 20 } });
    const user = seedUserSession(backend);
    const results = await Promise.all(Array.from({ length: 20 }, () =>
      createTotp(backend, { session: user.session_token, expiration_minutes: 5 })));
    const stored = backend.store.getTotp(user.user_id)!;
    const winner = results.find((created) => created.totp_id === stored.totp_id);
    clock.advance(5 * 60_000);
    const late = await authenticate(backend, codeAt(winner.secret, clock.now()), { session: user.session_token });
    assert.equal(late.status, 400);
    assert.equal(late.json.error_type, 'totp_expired');
  });
});
