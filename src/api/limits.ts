/** Limits Stytch documents for Create's `expiration_minutes`. */
export const EXPIRATION_MINUTES = { min: 5, max: 1440, default: 60 } as const;
/** Limits Stytch documents for `session_duration_minutes` (up to a year). */
export const SESSION_DURATION_MINUTES = { min: 5, max: 527040, default: 60 } as const;
/** How long the HTTP client waits for an answer by default (the element's `timeout-ms`). */
export const DEFAULT_TIMEOUT_MS = 15_000;
