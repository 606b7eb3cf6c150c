import type { TotpElement } from '../shared/totp-element.js';
import type { TotpEnrollStrings } from './strings.js';

/**
 * What the enrollment flow reads of `<totp-enroll>`: the element (controllers attach to it,
 * events fire from it), the backend settings both elements have, its own settings, and `start()`
 * for "Start over" and "Try again". TotpEnroll implements it; the flow imports this, not the
 * element, so neither depends on the other.
 */
export interface EnrollSettings extends TotpElement {
  expirationMinutes: number | string;
  issuer: string;
  accountName: string;
  qrCanvas: boolean;
  autostart: boolean;
  /** `TotpEnrollState` and the reflected step, read by what knows the user (a lookup waits while a setup runs). */
  readonly state: string;
  readonly step: string | null;
  strings: Partial<TotpEnrollStrings>;
  start(): Promise<void>;
}
