import type { AuthenticateTotpResponse, RecoverTotpResponse } from '../../api/types.js';
import { eventInit } from '../shared/events.js';

/** How the user passed the second factor. */
export type TotpChallengeMethod = 'totp' | 'recovery_code';

/** The Authenticate or Recover response, and which of the two it was. Holds the session tokens: never log it. */
export type TotpAuthenticatedDetail =
  | (AuthenticateTotpResponse & { method: 'totp' })
  | (RecoverTotpResponse & { method: 'recovery_code' });

/**
 * `<totp-challenge>` accepted a code from the app or a recovery code: the session now holds the
 * second factor. Bubbles and is composed, like every event of the package.
 */
export class TotpAuthenticatedEvent extends Event {
  static readonly type = 'totp-authenticated';
  readonly detail: TotpAuthenticatedDetail;
  constructor(detail: TotpAuthenticatedDetail) {
    super(TotpAuthenticatedEvent.type, eventInit);
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'totp-authenticated': TotpAuthenticatedEvent;
  }
}
