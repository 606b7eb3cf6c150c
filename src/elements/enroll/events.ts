import type { TotpApiError } from '../../api/errors.js';
import type { AuthenticateTotpResponse, CreateTotpResponse, User } from '../../api/types.js';

/*
 * One class per event. All bubble and cross shadow roots (composed), so a listener on
 * the document or a framework's event binding on the element receives them.
 */
const eventInit = { bubbles: true, composed: true } as const;

/** A TOTP registration was created; the detail is the Create response (it holds the secret: never log it). */
export class TotpCreatedEvent extends Event {
  static readonly type = 'totp-created';
  readonly detail: CreateTotpResponse;
  constructor(detail: CreateTotpResponse) {
    super(TotpCreatedEvent.type, eventInit);
    this.detail = detail;
  }
}

/** The backend returned a changed user, or the Stytch client reported one (`null` after logout). */
export class UserChangeEvent extends Event {
  static readonly type = 'user-change';
  readonly detail: { user: User | null };
  constructor(user: User | null) {
    super(UserChangeEvent.type, eventInit);
    this.detail = { user };
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

/** The step of the flow an error belongs to. */
export type TotpStep = 'create' | 'authenticate' | 'recover';

/** A step failed. The element also shows the error; cancel nothing, the event is informational. */
export class TotpErrorEvent extends Event {
  static readonly type = 'totp-error';
  readonly detail: { error: TotpApiError; step: TotpStep };
  constructor(error: TotpApiError, step: TotpStep) {
    super(TotpErrorEvent.type, eventInit);
    this.detail = { error, step };
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
    'user-change': UserChangeEvent;
    'totp-verified': TotpVerifiedEvent;
    'totp-error': TotpErrorEvent;
    'totp-finished': TotpFinishedEvent;
  }
}
