import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StytchError } from '../../../src/server/http/stytch-error.js';
import {
  assertSecondFactorRule,
  defaultSecondFactorRule,
  type FactorAction,
  type MfaSession,
  type MfaUser,
} from '../../../src/server/index.js';

/*
 * The shared MFA rule on its own: which user methods call for a second factor, and which session
 * factors are one. Through the servers: bridge-mfa.test.ts, create.test.ts, recovery.test.ts.
 */

const session = (...factors: [type: string, delivery_method: string][]): MfaSession => ({
  authentication_factors: factors.map(([type, delivery_method]) => ({ type, delivery_method })),
});
const MAGIC_LINK: [string, string] = ['magic_link', 'email'];
const allowed = (action: FactorAction, user: MfaUser, s: MfaSession | undefined) => defaultSecondFactorRule({ action, user, session: s });

describe('defaultSecondFactorRule', () => {
  it('allows Create for a user without another verified MFA method, with any session or none', () => {
    for (const user of [{}, { phone_numbers: [], webauthn_registrations: [], biometric_registrations: [], totps: [] }]) {
      assert.equal(allowed('totp.create', user, session(MAGIC_LINK)), true);
      assert.equal(allowed('totp.create', user, undefined), true);
    }
  });

  it('refuses Create to a one-factor session once the user has any verified MFA method', () => {
    for (const user of [
      { phone_numbers: [{ verified: true }] },
      { webauthn_registrations: [{ verified: true }] },
      { biometric_registrations: [{ verified: true }] },
      { totps: [{ verified: true }] },
      { phone_numbers: [{ verified: false }, { verified: true }] },
    ]) {
      assert.equal(allowed('totp.create', user, session(MAGIC_LINK)), false, JSON.stringify(user));
      assert.equal(allowed('totp.create', user, undefined), false, JSON.stringify(user));
    }
  });

  it('does not count unverified methods (nobody proved they hold them), nor a missing verified flag', () => {
    const user = { phone_numbers: [{ verified: false }], webauthn_registrations: [{}], totps: [{ verified: false }] };
    assert.equal(allowed('totp.create', user, session(MAGIC_LINK)), true);
  });

  it('counts every second-factor kind in the session: SMS, WhatsApp, WebAuthn, biometric, TOTP, recovery code', () => {
    const user = { phone_numbers: [{ verified: true }] };
    for (const factor of [
      ['otp', 'sms'], ['otp', 'whatsapp'], ['webauthn', 'webauthn_registration'], ['biometric', 'biometric'],
      ['totp', 'authenticator_app'], ['recovery_codes', 'recovery_code'], ['recovery_code', 'recovery_code'],
    ] as [string, string][]) {
      assert.equal(allowed('totp.create', user, session(MAGIC_LINK, factor)), true, factor.join('/'));
      assert.equal(allowed('totp.recovery_codes', user, session(factor)), true, factor.join('/'));
    }
  });

  it('does not count first factors, however many: e-mail OTP, magic link, OAuth, password are one category', () => {
    const user = { phone_numbers: [{ verified: true }] };
    const firstFactors = session(MAGIC_LINK, ['otp', 'email'], ['email_otp', 'email'], ['oauth', 'oauth_google'], ['password', 'knowledge']);
    assert.equal(allowed('totp.create', user, firstFactors), false);
    assert.equal(allowed('totp.recovery_codes', {}, firstFactors), false);
  });

  it('always asks a second factor before listing recovery codes, even of a user with nothing else', () => {
    assert.equal(allowed('totp.recovery_codes', {}, session(MAGIC_LINK)), false);
    assert.equal(allowed('totp.recovery_codes', { totps: [{ verified: false }] }, undefined), false);
  });

  it('asks a second factor before removing a verified TOTP, not before its owner clears an unverified one', () => {
    const remove = (target: { verified?: boolean } | undefined, user: MfaUser, s: MfaSession | undefined) =>
      defaultSecondFactorRule({ action: 'totp.delete', user, session: s, ...(target === undefined ? {} : { target }) });
    assert.equal(remove({ verified: true }, { totps: [{ verified: true }] }, session(MAGIC_LINK)), false);
    assert.equal(remove({ verified: true }, { totps: [{ verified: true }] }, undefined), false);
    assert.equal(remove({ verified: true }, { totps: [{ verified: true }] }, session(MAGIC_LINK, ['totp', 'authenticator_app'])), true);
    assert.equal(remove({ verified: true }, { totps: [{ verified: true }] }, session(['recovery_codes', 'recovery_code'])), true);
    assert.equal(remove({ verified: false }, { totps: [{ verified: false }] }, session(MAGIC_LINK)), true);
    assert.equal(remove({ verified: false }, { phone_numbers: [{ verified: true }], totps: [{ verified: false }] }, session(MAGIC_LINK)), true);
    // Fails closed: a caller that does not say what is removed (or says it vaguely) needs a second factor.
    assert.equal(remove(undefined, {}, session(MAGIC_LINK)), false);
    assert.equal(remove({}, {}, session(MAGIC_LINK)), false);
  });

  it('asks a second factor for an action it does not know', () => {
    const unknown = 'totp.rename' as FactorAction;
    assert.equal(allowed(unknown, {}, session(MAGIC_LINK)), false);
    assert.equal(allowed('hasOwnProperty' as FactorAction, {}, session(MAGIC_LINK)), false, 'nor one named after an inherited method');
    assert.equal(allowed(unknown, {}, session(MAGIC_LINK, ['totp', 'authenticator_app'])), true);
  });
});

describe('assertSecondFactorRule', () => {
  const context = { action: 'totp.create' as const, user: {}, session: undefined };

  it('passes only when the rule returns exactly true', () => {
    assert.doesNotThrow(() => assertSecondFactorRule(() => true, context));
    for (const verdict of [false, undefined, 1, 'yes']) {
      assert.throws(
        () => assertSecondFactorRule(() => verdict as boolean, context),
        (error: unknown) => error instanceof StytchError && error.status === 403 && error.errorType === 'insufficient_session_factors',
        String(verdict),
      );
    }
  });

  it('says per action what is missing', () => {
    const message = (action: FactorAction) => {
      try {
        assertSecondFactorRule(() => false, { ...context, action });
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    assert.match(message('totp.create'), /another MFA method/);
    assert.match(message('totp.recovery_codes'), /recovery codes/);
    assert.match(message('totp.delete'), /Removing a verified TOTP/);
    assert.match(message('totp.rename' as FactorAction), /^This call needs a session that passed a second factor\.$/);
    assert.match(message('toString' as FactorAction), /^This call needs/);
  });
});
