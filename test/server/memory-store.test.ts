import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { constantTimeEqual, constantTimeIndexOf } from '../../src/server/constant-time.js';
import { createMemoryStore, type SessionRecord, type TotpRecord } from '../../src/server/index.js';

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

  it('caps sessions: expired ones go first, then the oldest', () => {
    let now = 0;
    const store = createMemoryStore({ maxSessions: 3, now: () => now });
    store.saveSession(session('old', 10_000));
    store.saveSession(session('expiring', 1_000));
    store.saveSession(session('newer', 10_000));
    now = 2_000;
    store.saveSession(session('fourth', 10_000));
    assert.equal(store.getSession('expiring'), undefined);
    assert.ok(store.getSession('old'), 'the expired one made room, not the oldest');
    store.saveSession(session('fifth', 10_000));
    assert.equal(store.getSession('old'), undefined, 'then the oldest goes');
    for (const token of ['newer', 'fourth', 'fifth']) assert.ok(store.getSession(token), token);
  });

  it('defaults to 10 000 sessions', () => {
    const store = createMemoryStore({ now: () => 0 });
    for (let index = 0; index <= 10_000; index++) store.saveSession(session(`s${index}`, 1_000));
    assert.equal(store.getSession('s0'), undefined);
    assert.ok(store.getSession('s1'));
    assert.ok(store.getSession('s10000'));
  });

  it('caps users, TOTPs (expired pending ones first) and failed-attempt counters', () => {
    let now = 0;
    const store = createMemoryStore({ maxUsers: 2, maxTotps: 2, maxFailureCounters: 2, now: () => now });
    for (const id of ['u1', 'u2', 'u3']) store.saveUser({ user_id: id, email_id: `e-${id}`, email: `${id}@x`, created_at: 0 });
    assert.deepEqual(['u1', 'u2', 'u3'].map((id) => store.getUser(id) !== undefined), [false, true, true]);

    store.replaceTotp(totp({ user_id: 'u1', verified: true }), { replaceVerified: false });
    store.replaceTotp(totp({ user_id: 'u2', expires_at: 1_000 }), { replaceVerified: false });
    now = 1_000;
    store.replaceTotp(totp({ user_id: 'u3' , expires_at: 61_000 }), { replaceVerified: false });
    assert.equal(store.getTotp('u2'), undefined, 'the expired pending one went first');
    assert.ok(store.getTotp('u1'));
    assert.ok(store.getTotp('u3'));

    store.saveFailedAttempts('u1', { count: 0, locked_until: 60_000, lockouts: 1 });
    store.saveFailedAttempts('u2', { count: 1, locked_until: 0, lockouts: 0 });
    store.saveFailedAttempts('u3', { count: 1, locked_until: 0, lockouts: 0 });
    assert.equal(store.getFailedAttempts('u2'), undefined, 'a counter locking nobody out went first');
    assert.ok(store.getFailedAttempts('u1'), 'the lockout is kept');
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

  it('past the TOTP cap keeps a pending TOTP that has not expired, and drops the oldest', () => {
    const store = createMemoryStore({ maxTotps: 2, now: () => 0 });
    store.replaceTotp(totp({ user_id: 'u1', verified: true }), { replaceVerified: false });
    store.replaceTotp(totp({ user_id: 'u2', expires_at: 60_000 }), { replaceVerified: false });
    store.replaceTotp(totp({ user_id: 'u3', expires_at: 60_000 }), { replaceVerified: false });
    assert.equal(store.getTotp('u1'), undefined, 'the oldest went');
    assert.ok(store.getTotp('u2'), 'the live pending one stayed');
    assert.ok(store.getTotp('u3'));
  });

  it('past the counter cap drops a lockout that ends right now before an older running one', () => {
    let now = 0;
    const store = createMemoryStore({ maxFailureCounters: 2, now: () => now });
    store.saveFailedAttempts('u1', { count: 0, locked_until: 5_000, lockouts: 1 });
    store.saveFailedAttempts('u2', { count: 0, locked_until: 1_000, lockouts: 1 });
    now = 1_000;
    store.saveFailedAttempts('u3', { count: 1, locked_until: 0, lockouts: 0 });
    assert.equal(store.getFailedAttempts('u2'), undefined, 'its lockout is over');
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
