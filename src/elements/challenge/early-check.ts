import { startEarlyCall } from '../../api/early-call.js';
import { SESSION_DURATION_MINUTES } from '../../api/limits.js';
import { wholeMinutes } from '../../api/whole-minutes.js';
import { usesDefaultBackend } from '../shared/default-backend.js';
import type { BackendSettings } from '../shared/http-options.js';
import type { TotpElement } from '../shared/totp-element.js';
import type { AttemptRequest } from './attempt/sign-in-attempt.js';

/**
 * Sends the submitted code's Authenticate (or Recover) from the form itself, when the element uses
 * the default backend (the page's own origin, cookies only): the check's chunk, which a code filled
 * in at load can outrun, then only reads the answer (see startEarlyCall). Returns the `fetch` that
 * hands the answer to the check's HTTP client; undefined for every other setup, and for a session
 * lifetime the check will refuse itself. The bodies are the HTTP client's, key for key.
 */
export function startEarlyCheck(settings: BackendSettings & Pick<TotpElement, 'client' | 'sessionDurationMinutes'>,
  { method, code }: AttemptRequest, signal: AbortSignal): typeof fetch | undefined {
  if (!usesDefaultBackend(settings)) return undefined;
  const session_duration_minutes = wholeMinutes(settings.sessionDurationMinutes, SESSION_DURATION_MINUTES);
  if (session_duration_minutes === undefined) return undefined;
  const totp = method === 'totp';
  return startEarlyCall('POST', totp ? '/totps/authenticate' : '/totps/recover',
    { [totp ? 'totp_code' : 'recovery_code']: code, session_duration_minutes }, signal);
}
