import type { TotpApiError } from '../../api/errors.js';
import type { User } from '../../api/types.js';

/*
 * The events both elements fire. One class per event; all bubble and cross shadow roots
 * (composed), so a listener on the document or a framework's event binding on the element
 * receives them. Each element's own events are in its folder (enroll/events.ts, challenge/events.ts).
 */
export const eventInit = { bubbles: true, composed: true } as const;

/** The backend returned a changed user, or the Stytch client reported one (`null` after logout). */
export class UserChangeEvent extends Event {
  static readonly type = 'user-change';
  readonly detail: { user: User | null };
  constructor(user: User | null) {
    super(UserChangeEvent.type, eventInit);
    this.detail = { user };
  }
}

/** The step of the flow, or the enrolled user's action (`recovery_codes`, `delete`), an error belongs to. */
export type TotpStep = 'create' | 'authenticate' | 'recover' | 'recovery_codes' | 'delete';

/** A step failed. The element also shows the error; cancel nothing, the event is informational. */
export class TotpErrorEvent extends Event {
  static readonly type = 'totp-error';
  readonly detail: { error: TotpApiError; step: TotpStep };
  constructor(error: TotpApiError, step: TotpStep) {
    super(TotpErrorEvent.type, eventInit);
    this.detail = { error, step };
  }
}

declare global {
  interface HTMLElementEventMap {
    'user-change': UserChangeEvent;
    'totp-error': TotpErrorEvent;
  }
}
