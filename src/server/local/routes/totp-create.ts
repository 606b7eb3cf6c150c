import { otpauthUri } from '../../../api/otpauth-uri.js';
import { stytchSuccess } from '../../http/envelope.js';
import { expirationMinutes } from '../../http/params.js';
import { readJsonObject } from '../../http/request-body.js';
import type { SdkRoutes } from '../../http/sdk-app.js';
import { StytchError } from '../../http/stytch-error.js';
import { resolveCaller } from '../caller.js';
import type { BackendContext } from '../context.js';
import { newTotpId } from '../ids.js';
import { presentUser } from '../presenters.js';
import type { TotpRecord } from '../records.js';
import { generateRecoveryCodes } from '../recovery-codes.js';
import { assertLocalSecondFactor } from '../second-factor.js';
import { newTotpSecret, qrCodeDataUrl } from '../totp-codes.js';
import { DEMO_USER_ID } from '../users.js';

/**
 * `POST /totps`: a new, unverified TOTP registration for the caller, replacing a
 * pending one. As in Stytch, a user with another verified MFA method (phone, WebAuthn,
 * biometric, a verified TOTP) needs a session that passed a second factor (403
 * `insufficient_session_factors`). A user who already has a verified TOTP is refused
 * (`active_totp_exists`), except the demo user: in this sandbox its Create replaces
 * even a verified registration, so the demo can be run again and again, also after
 * the SDK has stored the session the demo's Authenticate started.
 */
export function registerTotpCreateRoute(app: SdkRoutes, ctx: BackendContext): void {
  app.post('/totps', async (c) => {
    const body = await readJsonObject(c);
    const minutes = expirationMinutes(body);
    const caller = resolveCaller(c, ctx);
    const replaceVerified = caller.user.user_id === DEMO_USER_ID;
    // The demo user's verified TOTP is the one this Create replaces, not another method.
    assertLocalSecondFactor(caller, 'totp.create', replaceVerified ? undefined : ctx.store.getTotp(caller.user.user_id));
    if (!replaceVerified) assertNoVerifiedTotp(ctx, caller.user.user_id);

    ctx.createLimiter.admit(caller.user.user_id);
    const secret = newTotpSecret();
    const qr_code = await qrCodeDataUrl(otpauthUri({ secret, issuer: ctx.config.issuer, accountName: caller.user.email }));
    const now = ctx.clock.now();
    const totp: TotpRecord = {
      totp_id: newTotpId(),
      user_id: caller.user.user_id,
      secret,
      recovery_codes: generateRecoveryCodes(),
      verified: false,
      created_at: now,
      expires_at: now + minutes * 60_000,
      last_used_step: null,
    };
    // Checked again here: a parallel Authenticate may have verified a TOTP during the QR rendering.
    if (!ctx.store.replaceTotp(totp, { replaceVerified })) throw activeTotpExists();

    const user = presentUser(caller.user, totp);
    return stytchSuccess(c, {
      totp_id: totp.totp_id,
      secret,
      qr_code,
      recovery_codes: totp.recovery_codes,
      user_id: caller.user.user_id,
      user,
      __user: user,
    });
  });
}

function assertNoVerifiedTotp({ store }: BackendContext, userId: string): void {
  if (store.getTotp(userId)?.verified) throw activeTotpExists();
}

function activeTotpExists(): StytchError {
  return new StytchError(
    400,
    'active_totp_exists',
    'This user already has a verified TOTP. Remove it before creating a new one.',
  );
}
