import { stytchSuccess } from '../../http/envelope.js';
import { sessionDurationMinutes, totpCode } from '../../http/params.js';
import { readJsonObject } from '../../http/request-body.js';
import type { SdkRoutes } from '../../http/sdk-app.js';
import { StytchError } from '../../http/stytch-error.js';
import { resolveCaller } from '../caller.js';
import type { BackendContext } from '../context.js';
import { assertNotLockedOut, checkCodeCounted } from '../lockout.js';
import type { TotpRecord } from '../records.js';
import { signedInFields } from '../session-fields.js';
import { matchingTimeStep } from '../totp-codes.js';

/**
 * `POST /totps/authenticate`: checks a code against the caller's TOTP (±1 time step),
 * verifies a pending registration, and starts or extends a session.
 *
 * Failures: 404 `totp_not_found` (no registration), 400 `totp_expired` (a pending
 * registration not verified within its `expiration_minutes`), 401 `otp_code_not_found`
 * (wrong code), 401 `totp_code_already_authenticated` (Stytch's type: a right code of a time step
 * already used, so the user waits for the next code; it counts towards the lockout like a wrong
 * one, and tells a guesser nothing usable, since that step's code is spent), 429 `too_many_requests` (locked out), 503 `capacity_exceeded`
 * (the store could not count a wrong code, so no code is checked). A 401 carries `attempts_remaining`
 * (not Stytch's): the wrong codes left before the lockout.
 */
export function registerTotpAuthenticateRoute(app: SdkRoutes, ctx: BackendContext): void {
  app.post('/totps/authenticate', async (c) => {
    const body = await readJsonObject(c);
    const code = totpCode(body);
    const durationMinutes = sessionDurationMinutes(body);
    const caller = resolveCaller(c, ctx);
    const userId = caller.user.user_id;
    const now = ctx.clock.now();

    // No await from here until the code is accepted, so two requests cannot both use one code.
    assertNotLockedOut(ctx, userId, now);
    const totp = usableTotp(ctx, userId, now);
    let reused = false;
    checkCodeCounted(ctx, userId, now, () => {
      const step = matchingTimeStep(totp.secret, code, now);
      reused = step !== null && totp.last_used_step !== null && step <= totp.last_used_step;
      return step !== null && ctx.store.acceptTotpStep(userId, totp.totp_id, step);
    }, (attemptsRemaining) => reused
      ? new StytchError(401, 'totp_code_already_authenticated', 'This code was already used. Wait for the next one.', {}, { attemptsRemaining })
      : new StytchError(401, 'otp_code_not_found', 'The code is incorrect.', {}, { attemptsRemaining }));

    const factor = {
      type: 'totp',
      delivery_method: 'authenticator_app',
      last_authenticated_at: now,
      details: { authenticator_app_factor: { totp_id: totp.totp_id } },
    };
    return stytchSuccess(c, { totp_id: totp.totp_id, ...(await signedInFields(ctx, caller, { factor, durationMinutes, now })) });
  });
}

function usableTotp({ store }: BackendContext, userId: string, now: number): TotpRecord {
  const totp = store.getTotp(userId);
  if (!totp) {
    throw new StytchError(404, 'totp_not_found', 'This user has no TOTP registration. Create one first.');
  }
  if (!totp.verified && totp.expires_at <= now) {
    throw new StytchError(
      400,
      'totp_expired',
      'This TOTP registration was not verified in time and can no longer be used. Create a new one.',
    );
  }
  return totp;
}
