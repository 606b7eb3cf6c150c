/**
 * The cookie Stytch's browser SDK keeps the session token in, on the page's own site. On its own,
 * without the cookie reading in session-token.ts, so that the servers can name it too and hold no DOM code.
 */
export const DEFAULT_SESSION_COOKIE = 'stytch_session';
