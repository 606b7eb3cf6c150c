import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_USER_ID, authenticate, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession } from '../harness.js';

describe('parallel requests', () => {
  it('100 parallel Creates for one user leave exactly one pending registration, the last stored', async () => {
    // Above the default limit of 10 per window (test/server/local/create-limit.test.ts): here the race counts.
    const { backend, clock } = newBackend({ createLimit: { maxCreates: 100 } });
    const seeded = seedUserSession(backend);
    const results = await Promise.all(
      Array.from({ length: 100 }, () => createTotp(backend, { session: seeded.session_token })),
    );
    assert.equal(new Set(results.map((created) => created.totp_id)).size, 100);
    const stored = backend.store.getTotp(seeded.user_id);
    assert.ok(stored);
    assert.equal(stored.verified, false);
    const winner = results.filter((created) => created.totp_id === stored.totp_id);
    assert.equal(winner.length, 1, 'the stored registration is one that a Create returned');
    assert.equal(winner[0].secret, stored.secret);
    // Every other secret was replaced and no longer works.
    const loser = results.find((created) => created.totp_id !== stored.totp_id);
    assert.equal((await authenticate(backend, codeAt(loser.secret, clock.now()), { session: seeded.session_token })).status, 401);
    assert.equal((await authenticate(backend, codeAt(stored.secret, clock.now()), { session: seeded.session_token })).status, 200);
  });

  it('a code sent twice at once is accepted only once', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const code = codeAt(created.secret, clock.now());
    const results = await Promise.all(Array.from({ length: 20 }, () => authenticate(backend, code)));
    assert.equal(results.filter((result) => result.status === 200).length, 1);
    assert.equal(backend.store.getTotp(DEMO_USER_ID)?.verified, true);
  });

  it('1,000 parallel enrolments of 1,000 users lose nothing and mix nothing up', async () => {
    const { backend, clock } = newBackend();
    const users = Array.from({ length: 1000 }, (_, index) => seedUserSession(backend, { email: `user${index}@example.com` }));

    const enrolments = await Promise.all(
      users.map(async (user) => {
        const created = await createTotp(backend, { session: user.session_token });
        const login = await authenticate(backend, codeAt(created.secret, clock.now()), { session: user.session_token });
        return { user, created, login };
      }),
    );

    const secrets = new Set<string>();
    for (const { user, created, login } of enrolments) {
      assert.equal(created.user_id, user.user_id);
      assert.equal(login.status, 200, JSON.stringify(login.json));
      assert.equal(login.json.data.user_id, user.user_id);
      assert.equal(login.json.data.totp_id, created.totp_id);
      const stored = backend.store.getTotp(user.user_id);
      assert.equal(stored?.totp_id, created.totp_id);
      assert.equal(stored?.secret, created.secret);
      assert.equal(stored?.verified, true);
      secrets.add(created.secret);
    }
    assert.equal(secrets.size, 1000);

    // A user's secret proves nothing for anybody else.
    clock.advance(30_000);
    const crossed = await Promise.all(
      enrolments.slice(0, 50).map(({ created }, index) => {
        const other = enrolments[(index + 1) % 50]!.user;
        return authenticate(backend, codeAt(created.secret, clock.now()), { session: other.session_token });
      }),
    );
    for (const result of crossed) assert.equal(result.status, 401);
    const listed = await call(backend, '/totps/recovery_codes', { session: users[7]!.session_token });
    assert.deepEqual(listed.json.data.totps.recovery_codes, enrolments[7]!.created.recovery_codes);
  });
});
