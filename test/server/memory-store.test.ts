import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryStore, type TotpRecord } from '../../src/server/index.js';

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
    store.saveFailedAttempts('user-1', { count: 2, locked_until: 0 });
    assert.deepEqual(store.getFailedAttempts('user-1'), { count: 2, locked_until: 0 });
    store.saveFailedAttempts('user-1', undefined);
    assert.equal(store.getFailedAttempts('user-1'), undefined);
  });
});
