import { assertSecondFactorRule, type FactorAction, type MfaMethod } from '../http/mfa-rule.js';
import type { BridgeCaller } from './caller.js';
import type { BridgeContext } from './context.js';

/**
 * Applies the bridge's second-factor rule to `action` for the caller, before any Stytch call
 * that acts on factors: 403 `insufficient_session_factors` when the rule says no. `target` is the
 * factor the call acts on (`totp.delete`: the TOTP removed, as Stytch lists it on the user).
 */
export function assertBridgeSecondFactor(ctx: BridgeContext, caller: BridgeCaller, action: FactorAction, target?: MfaMethod): void {
  // The rule reads the user's MFA methods: a client answering without the user (not Stytch,
  // which always sends it) must not look like a user who has none.
  if (typeof caller.user !== 'object' || caller.user === null) {
    throw new Error('sessions.authenticate answered without the user: the MFA rule cannot be applied.');
  }
  assertSecondFactorRule(ctx.secondFactorRule, {
    action, user: caller.user, session: caller.session, ...(target ? { target: { verified: target.verified } } : {}),
  });
}
