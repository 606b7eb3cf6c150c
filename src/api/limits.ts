/** Limits Stytch documents for Create's `expiration_minutes`. */
export const EXPIRATION_MINUTES = { min: 5, max: 1440, default: 60 } as const;
/** Limits Stytch documents for `session_duration_minutes` (up to a year). */
export const SESSION_DURATION_MINUTES = { min: 5, max: 527040, default: 60 } as const;
