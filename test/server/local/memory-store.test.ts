import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { constantTimeEqual, constantTimeIndexOf } from '../../../src/server/local/constant-time.js';
import { StoreFullError, createMemoryStore, type SessionRecord, type TotpRecord, type UserRecord } from '../../../src/server/index.js';

function totp(fields: Partial<TotpRecord> = {}): TotpRecord {
  return {
    totp_id: `totp-${Math.random()}`,
    user_id: 'user-1',
    secret: 'JBSWY3DPEHPK3PXP',
    recovery_codes: ['aaaa-bbbb-cccc', 'dddd-eeee-ffff'],
    verified: false,
    created_at: 0,
    expires_at: 60_000,
    last_used_step: null,
    ...fields,
  };
}

describe('createMemoryStore', () => {
  it('replaces a pending TOTP, and a verified one only when allowed', () => {
    const store = createMemoryStore();
    const pending = totp();
    assert.equal(store.replaceTotp(pending, { replaceVerified: false }), true);
    const next = totp();
    assert.equal(store.replaceTotp(next, { replaceVerified: false }), true);
    assert.equal(store.getTotp('user-1')?.totp_id, next.totp_id);

    assert.equal(store.acceptTotpStep('user-1', next.totp_id, 100), true);
    const blocked = totp();
    assert.equal(store.replaceTotp(blocked, { replaceVerified: false }), false);
    assert.equal(store.getTotp('user-1')?.totp_id, next.totp_id);
    assert.equal(store.replaceTotp(blocked, { replaceVerified: true }), true);
    assert.equal(store.getTotp('user-1')?.totp_id, blocked.totp_id);
  });

  it('accepts each time step once, in increasing order, for the current TOTP only', () => {
    const store = createMemoryStore();
    const current = totp();
    store.replaceTotp(current, { replaceVerified: false });
    assert.equal(store.acceptTotpStep('user-1', 'some-older-totp', 100), false);
    assert.equal(store.getTotp('user-1')?.verified, false);
    assert.equal(store.acceptTotpStep('user-1', current.totp_id, 100), true);
    assert.equal(store.getTotp('user-1')?.verified, true);
    assert.equal(store.acceptTotpStep('user-1', current.totp_id, 100), false);
    assert.equal(store.acceptTotpStep('user-1', current.totp_id, 99), false);
    assert.equal(store.acceptTotpStep('user-1', current.totp_id, 101), true);
  });

  it('deletes the user\'s current TOTP only, by its id, and keeps the failed-attempt counter', () => {
    const store = createMemoryStore();
    const current = totp({ verified: true });
    store.replaceTotp(current, { replaceVerified: false });
    store.saveFailedAttempts('user-1', { count: 2, locked_until: 0, lockouts: 1 });
    assert.equal(store.deleteTotp('user-1', 'totp-other'), false);
    assert.equal(store.deleteTotp('user-2', current.totp_id), false);
    assert.equal(store.getTotp('user-1')?.totp_id, current.totp_id);
    assert.equal(store.deleteTotp('user-1', current.totp_id), true);
    assert.equal(store.getTotp('user-1'), undefined);
    assert.equal(store.deleteTotp('user-1', current.totp_id), false, 'once');
    assert.deepEqual(store.getFailedAttempts('user-1'), { count: 2, locked_until: 0, lockouts: 1 });
  });

  it('uses up recovery codes one at a time', () => {
    const store = createMemoryStore();
    const current = totp();
    store.replaceTotp(current, { replaceVerified: false });
    assert.equal(store.consumeRecoveryCode('user-1', current.totp_id, 'aaaa-bbbb-cccc'), true);
    assert.equal(store.consumeRecoveryCode('user-1', current.totp_id, 'aaaa-bbbb-cccc'), false);
    assert.deepEqual(store.getTotp('user-1')?.recovery_codes, ['dddd-eeee-ffff']);
    assert.equal(store.consumeRecoveryCode('user-1', 'other-totp', 'dddd-eeee-ffff'), false);
  });

  it('does not change records a caller already holds', () => {
    const store = createMemoryStore();
    const current = totp();
    store.replaceTotp(current, { replaceVerified: false });
    const held = store.getTotp('user-1');
    store.acceptTotpStep('user-1', current.totp_id, 5);
    assert.equal(held?.verified, false);
  });

  it('stores and clears failed-attempt counters', () => {
    const store = createMemoryStore();
    store.saveFailedAttempts('user-1', { count: 2, locked_until: 0, lockouts: 0 });
    assert.deepEqual(store.getFailedAttempts('user-1'), { count: 2, locked_until: 0, lockouts: 0 });
    store.saveFailedAttempts('user-1', undefined);
    assert.equal(store.getFailedAttempts('user-1'), undefined);
  });
});

function user(user_id: string): UserRecord {
  return { user_id, email_id: `e-${user_id}`, email: `${user_id}@x`, created_at: 0 };
}

function session(token: string, expires_at: number): SessionRecord {
  return {
    session_id: `session-${token}`,
    session_token: token,
    user_id: 'user-1',
    started_at: 0,
    last_accessed_at: 0,
    expires_at,
    authentication_factors: [],
  };
}

describe('createMemoryStore limits', () => {
  it('forgets an expired session when it is looked up', () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    store.saveSession(session('a', 1_000));
    assert.equal(store.getSession('a')?.session_token, 'a');
    now = 1_000;
    assert.equal(store.getSession('a'), undefined);
    now = 0;
    assert.equal(store.getSession('a'), undefined, 'deleted, not just hidden');
  });

  it('caps sessions: expired ones make room; a live one is never dropped, the new one is refused', () => {
    let now = 0;
    const store = createMemoryStore({ maxSessions: 3, now: () => now, log: () => undefined });
    store.saveSession(session('old', 10_000));
    store.saveSession(session('expiring', 1_000));
    store.saveSession(session('newer', 10_000));
    now = 2_000;
    store.saveSession(session('fourth', 10_000));
    assert.equal(store.getSession('expiring'), undefined, 'the expired one made room');
    // Dropping a live session would sign its user out: a flood of logins could sign everybody out.
    assert.throws(() => store.saveSession(session('fifth', 10_000)), StoreFullError);
    assert.equal(store.getSession('fifth'), undefined);
    for (const token of ['old', 'newer', 'fourth']) assert.ok(store.getSession(token), token);
  });

  it('defaults to 10 000 sessions, and refuses the next live one', () => {
    const store = createMemoryStore({ now: () => 0, log: () => undefined });
    for (let index = 0; index < 10_000; index++) store.saveSession(session(`s${index}`, 1_000));
    assert.throws(() => store.saveSession(session('s10000', 1_000)), StoreFullError);
    assert.ok(store.getSession('s0'), 'the oldest is kept');
    assert.equal(store.getSession('s10000'), undefined);
  });

  it('never drops a user: past the cap the new user is refused', () => {
    const store = createMemoryStore({ maxUsers: 2, now: () => 0, log: () => undefined });
    for (const id of ['u1', 'u2']) store.saveUser(user(id));
    assert.throws(() => store.saveUser(user('u3')), (error: unknown) =>
      error instanceof StoreFullError && error.what === 'users' && error.retryAfterSeconds > 0);
    assert.deepEqual(['u1', 'u2', 'u3'].map((id) => store.getUser(id) !== undefined), [true, true, false]);
  });

  it('caps TOTPs: expired pending ones make room; verified and unexpired pending ones are kept, the new one is refused', () => {
    let now = 0;
    const store = createMemoryStore({ maxTotps: 3, now: () => now, log: () => undefined });
    store.replaceTotp(totp({ user_id: 'verified', verified: true, expires_at: 1_000 }), { replaceVerified: false });
    store.replaceTotp(totp({ user_id: 'expiring', expires_at: 1_000 }), { replaceVerified: false });
    store.replaceTotp(totp({ user_id: 'pending', expires_at: 60_000 }), { replaceVerified: false });
    now = 1_000;
    assert.equal(store.replaceTotp(totp({ user_id: 'u4', expires_at: 61_000 }), { replaceVerified: false }), true);
    assert.equal(store.getTotp('expiring'), undefined, 'the expired pending one made room');
    assert.throws(() => store.replaceTotp(totp({ user_id: 'u5', expires_at: 61_000 }), { replaceVerified: false }), StoreFullError);
    assert.equal(store.getTotp('u5'), undefined);
    for (const id of ['verified', 'pending', 'u4']) assert.ok(store.getTotp(id), id);
  });

  it('caps failed-attempt counters: only empty ones go; counting, locked and escalated ones are kept', () => {
    let now = 0;
    const store = createMemoryStore({ maxFailureCounters: 4, now: () => now, log: () => undefined });
    store.saveFailedAttempts('empty', { count: 0, locked_until: 0, lockouts: 0 });
    store.saveFailedAttempts('counting', { count: 1, locked_until: 0, lockouts: 0 });
    store.saveFailedAttempts('locked', { count: 0, locked_until: 60_000, lockouts: 1 });
    // Its lockout is over, but it escalated: the next one lasts twice as long, so it must be kept.
    store.saveFailedAttempts('escalated', { count: 0, locked_until: 1_000, lockouts: 1 });
    now = 1_000;
    store.saveFailedAttempts('u5', { count: 1, locked_until: 0, lockouts: 0 });
    assert.equal(store.getFailedAttempts('empty'), undefined, 'the empty one made room');
    assert.throws(() => store.saveFailedAttempts('u6', { count: 1, locked_until: 0, lockouts: 0 }), StoreFullError);
    assert.equal(store.getFailedAttempts('u6'), undefined);
    for (const id of ['counting', 'locked', 'escalated', 'u5']) assert.ok(store.getFailedAttempts(id), id);
  });

  it('replaces an entry under a key it holds even at the cap, in every map', () => {
    const store = createMemoryStore({ maxUsers: 1, maxSessions: 1, maxTotps: 1, maxFailureCounters: 1, now: () => 0, log: () => undefined });
    store.saveUser(user('u1'));
    store.saveUser({ ...user('u1'), email: 'new@x' });
    assert.equal(store.getUser('u1')?.email, 'new@x');
    store.saveSession(session('a', 1_000));
    store.saveSession(session('a', 2_000));
    assert.equal(store.getSession('a')?.expires_at, 2_000);
    const first = totp({ user_id: 'u1' });
    store.replaceTotp(first, { replaceVerified: false });
    const second = totp({ user_id: 'u1' });
    assert.equal(store.replaceTotp(second, { replaceVerified: false }), true);
    assert.equal(store.acceptTotpStep('u1', second.totp_id, 1), true);
    assert.equal(store.consumeRecoveryCode('u1', second.totp_id, 'aaaa-bbbb-cccc'), true);
    store.saveFailedAttempts('u1', { count: 1, locked_until: 0, lockouts: 0 });
    store.saveFailedAttempts('u1', { count: 0, locked_until: 60_000, lockouts: 1 });
    assert.deepEqual(store.getFailedAttempts('u1'), { count: 0, locked_until: 60_000, lockouts: 1 });
  });

  it('logs once per full map, naming the map and its option, and nothing stored', () => {
    const lines: string[] = [];
    const store = createMemoryStore({ maxSessions: 1, maxTotps: 1, now: () => 0, log: (line) => lines.push(line) });
    store.saveSession(session('secret-token-1', 1_000));
    store.replaceTotp(totp({ user_id: 'u1' }), { replaceVerified: false });
    for (let index = 0; index < 50; index++) {
      assert.throws(() => store.saveSession(session(`secret-token-${index + 2}`, 1_000)), StoreFullError);
      assert.throws(() => store.replaceTotp(totp({ user_id: `u${index + 2}` }), { replaceVerified: false }), StoreFullError);
    }
    assert.equal(lines.length, 2, 'a flood must not flood the log');
    assert.match(lines[0]!, /sessions.*cap of 1.*maxSessions/);
    assert.match(lines[1]!, /TOTP registrations.*cap of 1.*maxTotps/);
    assert.doesNotMatch(lines.join('\n'), /secret-token|JBSWY3DPEHPK3PXP|aaaa-bbbb/);
  });

  it('logs to console.error by default', (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    const store = createMemoryStore({ maxUsers: 1 });
    store.saveUser(user('u1'));
    assert.throws(() => store.saveUser(user('u2')), StoreFullError);
    assert.throws(() => store.saveUser(user('u3')), StoreFullError);
    assert.equal(logged.mock.callCount(), 1);
    assert.match(String(logged.mock.calls[0]!.arguments[0]), /users.*maxUsers/);
  });

  it('compares a recovery code with every unused code, without stopping at a match', () => {
    const store = createMemoryStore();
    const codes = ['aaaa-bbbb-cccc', 'dddd-eeee-ffff', 'gggg-hhhh-jjjj'];
    const reads: number[] = [];
    // Records the order the store reads codes in: an early exit at the match (index 0)
    // would go straight on to removing it, reading 0 then 0, 1, 2.
    const watched = new Proxy(codes, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.push(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const current = totp({ recovery_codes: watched });
    store.replaceTotp(current, { replaceVerified: false });
    assert.equal(store.consumeRecoveryCode('user-1', current.totp_id, 'aaaa-bbbb-cccc'), true);
    assert.deepEqual(reads.slice(0, 3), [0, 1, 2]);
    assert.deepEqual(store.getTotp('user-1')?.recovery_codes, codes.slice(1));
  });
});

describe('constant-time comparison', () => {
  it('tells equal strings from different ones of any length', () => {
    assert.equal(constantTimeEqual('aaaa-bbbb-cccc', 'aaaa-bbbb-cccc'), true);
    for (const other of ['aaaa-bbbb-cccd', 'aaaa-bbbb-ccc', 'aaaa-bbbb-cccc ', '', 'zaaa-bbbb-cccc']) {
      assert.equal(constantTimeEqual('aaaa-bbbb-cccc', other), false, other);
    }
    assert.equal(constantTimeEqual('', ''), true);
    assert.equal(constantTimeEqual('é', 'e'), false);
    assert.equal(constantTimeIndexOf(['a', 'b', 'b'], 'b'), 1);
    assert.equal(constantTimeIndexOf(['a', 'b'], 'c'), -1);
    assert.equal(constantTimeIndexOf([], 'c'), -1);
  });

  it('finds the first of equal entries, and never an empty candidate past the end', () => {
    assert.equal(constantTimeIndexOf(['a', 'b', 'a'], 'a'), 0);
    assert.equal(constantTimeIndexOf(['a', 'b'], ''), -1);
  });

  it('reads every byte of both strings, up to the longer one\'s length, also when the lengths differ', (t) => {
    // Records each byte read: stopping at the shorter string would let response times tell its length.
    const reads: string[] = [];
    const encode = TextEncoder.prototype.encode;
    t.mock.method(TextEncoder.prototype, 'encode', function (this: TextEncoder, input?: string) {
      const bytes = encode.call(this, input);
      return new Proxy(bytes, {
        get(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads.push(`${input}[${key}]`);
          return Reflect.get(target, key);
        },
      });
    });
    assert.equal(constantTimeEqual('abc', 'abcdef'), false);
    assert.deepEqual(reads, [0, 1, 2, 3, 4, 5].flatMap((index) => [`abc[${index}]`, `abcdef[${index}]`]));
  });
});

describe('createMemoryStore edge cases', () => {
  it('answers false, not a TypeError, for a user without a TOTP', () => {
    const store = createMemoryStore();
    assert.equal(store.acceptTotpStep('nobody', 'totp-x', 1), false);
    assert.equal(store.consumeRecoveryCode('nobody', 'totp-x', 'aaaa-bbbb-cccc'), false);
  });

  it('accepts any first time step, step 0 (a clock at the epoch) included', () => {
    const store = createMemoryStore();
    const current = totp();
    store.replaceTotp(current, { replaceVerified: false });
    assert.equal(store.acceptTotpStep('user-1', current.totp_id, 0), true);
    assert.equal(store.acceptTotpStep('user-1', current.totp_id, 0), false);
  });

  it('past the TOTP cap keeps the oldest registration, verified or pending', () => {
    const store = createMemoryStore({ maxTotps: 2, now: () => 0, log: () => undefined });
    store.replaceTotp(totp({ user_id: 'u1', verified: true }), { replaceVerified: false });
    store.replaceTotp(totp({ user_id: 'u2', expires_at: 60_000 }), { replaceVerified: false });
    assert.throws(() => store.replaceTotp(totp({ user_id: 'u3', expires_at: 60_000 }), { replaceVerified: false }), StoreFullError);
    assert.ok(store.getTotp('u1'), 'the verified one stayed');
    assert.ok(store.getTotp('u2'), 'the live pending one stayed');
  });

  it('past the counter cap keeps a lockout that ends right now: it escalated', () => {
    let now = 0;
    const store = createMemoryStore({ maxFailureCounters: 2, now: () => now, log: () => undefined });
    store.saveFailedAttempts('u1', { count: 0, locked_until: 5_000, lockouts: 1 });
    store.saveFailedAttempts('u2', { count: 0, locked_until: 1_000, lockouts: 1 });
    now = 1_000;
    assert.throws(() => store.saveFailedAttempts('u3', { count: 1, locked_until: 0, lockouts: 0 }), StoreFullError);
    assert.ok(store.getFailedAttempts('u2'), 'its next lockout doubles');
    assert.ok(store.getFailedAttempts('u1'), 'still locking u1 out');
  });

  it('frees a counter\'s place when it is cleared', () => {
    const store = createMemoryStore({ maxFailureCounters: 2, now: () => 0 });
    store.saveFailedAttempts('u1', { count: 0, locked_until: 5_000, lockouts: 1 });
    store.saveFailedAttempts('u2', { count: 1, locked_until: 0, lockouts: 0 });
    store.saveFailedAttempts('u2', undefined);
    store.saveFailedAttempts('u3', { count: 0, locked_until: 5_000, lockouts: 1 });
    assert.ok(store.getFailedAttempts('u1'), 'nothing had to make room');
    assert.ok(store.getFailedAttempts('u3'));
  });
});
