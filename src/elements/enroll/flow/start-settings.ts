import { parseExpirationMinutes, parseSessionDurationMinutes } from '../../../api/params.js';
import { resolveTotpApi } from '../../../api/resolve.js';
import type { TotpApi } from '../../../api/types.js';
import { httpOptionsOf } from '../../shared/http-options.js';
import type { EnrollSettings } from '../settings.js';
import type { RegistrationSettings } from './registration.js';

/** What one setup runs with: the backend and the registration's settings, read once when it starts. */
export interface StartSettings {
  api: TotpApi;
  registration: RegistrationSettings;
}

/**
 * Reads and checks the element's settings for a start: throws (a `TotpApiError` naming the
 * setting) on an invalid `expiration-minutes`, `session-duration-minutes` or backend setting,
 * before any request. `qrAlt` is the QR image's text in the element's language.
 */
export function readStartSettings(settings: EnrollSettings, qrAlt: string): StartSettings {
  const expirationMinutes = parseExpirationMinutes(settings.expirationMinutes);
  // Checked now, though read again when the code is submitted: a setup that cannot end in a session does not start.
  parseSessionDurationMinutes(settings.sessionDurationMinutes);
  const api = resolveTotpApi(settings.client, httpOptionsOf(settings));
  return {
    api,
    registration: { expirationMinutes, issuer: settings.issuer, accountName: settings.accountName, canvas: settings.qrCanvas, qrAlt },
  };
}
