import type { AuthenticateTotpResponse, CreateTotpResponse } from '../../api/types.js';
import { eventInit } from '../shared/events.js';

/* `<totp-enroll>`'s own events; `user-change` and `totp-error` are both elements' (shared/events.ts). */

/** A TOTP registration was created; the detail is the Create response (it holds the secret: never log it). */
export class TotpCreatedEvent extends Event {
  static readonly type = 'totp-created';
  readonly detail: CreateTotpResponse;
  constructor(detail: CreateTotpResponse) {
    super(TotpCreatedEvent.type, eventInit);
    this.detail = detail;
  }
}

/** The first code was accepted: the authenticator app is enrolled. The detail is the Authenticate response. */
export class TotpVerifiedEvent extends Event {
  static readonly type = 'totp-verified';
  readonly detail: AuthenticateTotpResponse;
  constructor(detail: AuthenticateTotpResponse) {
    super(TotpVerifiedEvent.type, eventInit);
    this.detail = detail;
  }
}

/** How the user saved the recovery codes before finishing: `confirmed` when they only ticked "I have saved these codes". */
export type SavedCodesBy = 'copied' | 'downloaded' | 'printed' | 'confirmed';

/** The user finished: the code is confirmed and the recovery codes saved. The detail holds no secret. */
export class TotpFinishedEvent extends Event {
  static readonly type = 'totp-finished';
  readonly detail: { totp_id: string; user_id: string; saved_by: SavedCodesBy };
  constructor(detail: { totp_id: string; user_id: string; saved_by: SavedCodesBy }) {
    super(TotpFinishedEvent.type, eventInit);
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'totp-created': TotpCreatedEvent;
    'totp-verified': TotpVerifiedEvent;
    'totp-finished': TotpFinishedEvent;
  }
}
