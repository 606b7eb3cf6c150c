import { stytchSuccess } from '../../http/envelope.js';
import { recoveryCode, sessionDurationMinutes } from '../../http/params.js';
import { readJsonObject } from '../../http/request-body.js';
import type { SdkRoutes } from '../../http/sdk-app.js';
import { StytchError } from '../../http/stytch-error.js';
import { resolveCaller } from '../caller.js';
import type { BackendContext } from '../context.js';
import { assertNotLockedOut, checkCodeCounted } from '../lockout.js';
import { assertLocalSecondFactor } from '../second-factor.js';
import { signedInFields } from '../session-fields.js';

/**
 * `POST /totps/recovery_codes` lists the caller's unused recovery codes, only to a session
 * that already passed a second factor (the shared MFA rule, `http/mfa-rule.ts`): otherwise a first
 * factor alone could read a code and spend it at `/totps/recover`, skipping the second factor.
 * `POST /totps/recover` logs in with one of them, which is then used up.
 * Wrong recovery codes count towards the same lockout as wrong TOTP codes; the 401 says how many
 * wrong codes are left before it (`attempts_remaining`, not Stytch's).
 */
export function registerTotpRecoveryRoutes(app: SdkRoutes, ctx: BackendContext): void {
  app.post('/totps/recovery_codes', async (c) => {
    await readJsonObject(c);
    const caller = resolveCaller(c, ctx);
    const totp = ctx.store.getTotp(caller.user.user_id);
    assertLocalSecondFactor(caller, 'totp.recovery_codes', totp);
    if (!totp) {
      throw new StytchError(404, 'totp_not_found', 'This user has no TOTP registration.');
    }
    return stytchSuccess(c, {
      user_id: caller.user.user_id,
      totps: { totp_id: totp.totp_id, verified: totp.verified, recovery_codes: totp.recovery_codes },
    });
  });

  app.post('/totps/recover', async (c) => {
    const body = await readJsonObject(c);
    const code = recoveryCode(body);
    const durationMinutes = sessionDurationMinutes(body);
    const caller = resolveCaller(c, ctx);
    const userId = caller.user.user_id;
    const now = ctx.clock.now();

    assertNotLockedOut(ctx, userId, now);
    const totp = ctx.store.getTotp(userId);
    if (!totp?.verified) {
      throw new StytchError(404, 'totp_not_found', 'This user has no verified TOTP to recover.');
    }
    checkCodeCounted(
      ctx, userId, now,
      () => ctx.store.consumeRecoveryCode(userId, totp.totp_id, code),
      (attemptsRemaining) => new StytchError(401, 'recovery_code_not_found', 'The recovery code is incorrect or has already been used.', {}, { attemptsRemaining }),
    );
    // Not in Stytch's consumer answer (its B2B one has it): the element tells the user when it is there.
    const recovery_codes_remaining = ctx.store.getTotp(userId)?.recovery_codes.length ?? 0;

    const factor = { type: 'recovery_codes', delivery_method: 'recovery_code', last_authenticated_at: now, details: {} };
    return stytchSuccess(c, {
      totp_id: totp.totp_id,
      recovery_codes_remaining,
      ...(await signedInFields(ctx, caller, { factor, durationMinutes, now })),
    });
  });
}
