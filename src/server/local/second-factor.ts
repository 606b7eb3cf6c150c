import { assertSecondFactorRule, defaultSecondFactorRule, type FactorAction, type MfaUser } from '../http/mfa-rule.js';
import type { Caller } from './caller.js';
import type { TotpRecord, UserRecord } from './records.js';

/**
 * The local backend's side of Stytch's MFA rule (the same rule as the bridge's default):
 * 403 `insufficient_session_factors` when `action` needs a second factor the caller's session
 * has not passed. `totp` is the user's TOTP as the rule should count it: pass `undefined`
 * when the call is about to replace it, since a TOTP being replaced is not another method.
 * `target` is the factor the call acts on (`totp.delete`: the TOTP removed).
 */
export function assertLocalSecondFactor(caller: Caller, action: FactorAction, totp: TotpRecord | undefined, target?: TotpRecord): void {
  assertSecondFactorRule(defaultSecondFactorRule, {
    action,
    user: mfaUser(caller.user, totp),
    session: caller.session,
    ...(target ? { target: { verified: target.verified } } : {}),
  });
}

function mfaUser(user: UserRecord, totp: TotpRecord | undefined): MfaUser {
  return {
    phone_numbers: user.phone_numbers ?? [],
    webauthn_registrations: user.webauthn_registrations ?? [],
    biometric_registrations: user.biometric_registrations ?? [],
    totps: totp ? [{ verified: totp.verified }] : [],
  };
}
