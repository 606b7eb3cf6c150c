import type { AuthenticateTotpResponse, CreateTotpResponse, User } from '../../api/types.js';
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

/**
 * The user finished: the code is confirmed, the recovery codes saved, and "Done" shows (with the page's
 * `continue` slot, if it filled it). The ending's one event, fired once, as `<totp-challenge>`'s
 * `totp-authenticated` is its: route on it. The detail holds no secret.
 */
export class TotpFinishedEvent extends Event {
  static readonly type = 'totp-finished';
  readonly detail: { totp_id: string; user_id: string; saved_by: SavedCodesBy };
  constructor(detail: { totp_id: string; user_id: string; saved_by: SavedCodesBy }) {
    super(TotpFinishedEvent.type, eventInit);
    this.detail = detail;
  }
}

/** Why a pending setup ended unconfirmed: its time ran out, or a newer setup (another tab) replaced it. */
export type TotpExpiredReason = 'expired' | 'replaced';

/**
 * A setup that was shown can no longer be confirmed: it expired, or a newer one replaced it. Fired
 * once, when the element shows it (with Start over); the secret and recovery codes are forgotten.
 * The detail holds no secret.
 */
export class TotpExpiredEvent extends Event {
  static readonly type = 'totp-expired';
  readonly detail: { totp_id: string; user_id: string; reason: TotpExpiredReason };
  constructor(detail: { totp_id: string; user_id: string; reason: TotpExpiredReason }) {
    super(TotpExpiredEvent.type, eventInit);
    this.detail = detail;
  }
}

/** The enrolled user's authenticator app was removed (Remove, or the first half of Replace). */
export class TotpRemovedEvent extends Event {
  static readonly type = 'totp-removed';
  /** The removed registration's id, and the user as the backend now knows them (without it). */
  readonly detail: { totp_id: string; user: User };
  constructor(detail: { totp_id: string; user: User }) {
    super(TotpRemovedEvent.type, eventInit);
    this.detail = detail;
  }
}

/** What the action needing a second factor was: `recovery-codes`, `remove` or `replace`. */
export type StepUpAction = 'recovery-codes' | 'remove' | 'replace';

/**
 * The session passed a second factor in place (a code from the app, or a recovery code) before
 * an action that needs one. The detail holds no code and no session token.
 */
export class TotpStepUpEvent extends Event {
  static readonly type = 'totp-step-up';
  readonly detail: { method: 'totp' | 'recovery_code'; action: StepUpAction; user_id: string; totp_id: string };
  constructor(detail: { method: 'totp' | 'recovery_code'; action: StepUpAction; user_id: string; totp_id: string }) {
    super(TotpStepUpEvent.type, eventInit);
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'totp-created': TotpCreatedEvent;
    'totp-verified': TotpVerifiedEvent;
    'totp-finished': TotpFinishedEvent;
    'totp-expired': TotpExpiredEvent;
    'totp-removed': TotpRemovedEvent;
    'totp-step-up': TotpStepUpEvent;
  }
}
