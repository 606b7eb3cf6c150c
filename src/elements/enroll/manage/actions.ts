import { TotpApiError } from '../../../api/errors.js';
import { resolveTotpApi } from '../../../api/resolve.js';
import type { DeleteTotpResponse, RecoveryCodesResponse, TotpApi, User, UserTotp } from '../../../api/types.js';
import { httpOptionsOf } from '../../shared/http-options.js';
import { asTotpApiError } from '../../shared/problems.js';
import type { StepUpAction } from '../events.js';
import type { EnrollSettings } from '../settings.js';

/** What an action answered: the codes, or the user without the removed app. */
export type ActionAnswer = { codes: RecoveryCodesResponse } | { removed: DeleteTotpResponse };

/** The one request of an action: Get Recovery Codes, or Delete for Remove and Replace. */
export async function requestAction(api: TotpApi, action: StepUpAction, totp: UserTotp, signal: AbortSignal): Promise<ActionAnswer> {
  if (action === 'recovery-codes') {
    if (typeof api.recoveryCodes !== 'function') throw missing('recoveryCodes');
    return { codes: await api.recoveryCodes({ signal }) };
  }
  if (typeof api.deleteTotp !== 'function') throw missing('deleteTotp');
  return { removed: await api.deleteTotp(totp.totp_id, { signal }) };
}

/** The user as known, without the app the backend said is gone (`totp_not_found`). */
export function withoutTotp(user: User, totpId: string | undefined): User {
  return { ...user, totps: (Array.isArray(user.totps) ? (user.totps as UserTotp[]) : []).filter((totp) => totp.totp_id !== totpId) };
}

function missing(method: string): TotpApiError {
  return new TotpApiError({ status_code: 0, error_type: 'invalid_argument', error_message: `client has no ${method}(): the enrolled user's actions need it.` });
}

/** The backend of the element's settings now, or the configuration problem that stops it. */
export function actionApi(element: EnrollSettings): { api: TotpApi } | { problem: TotpApiError } {
  try {
    return { api: resolveTotpApi(element.client, httpOptionsOf(element)) };
  } catch (error) {
    return { problem: asTotpApiError(error) };
  }
}
