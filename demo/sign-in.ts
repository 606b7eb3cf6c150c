/*
 * The demo's first factor, for `npm start` only (vite.config.ts mounts it with the local backend,
 * never with the Stytch bridge, and the package does not ship it): "Sign in" gives the one demo
 * person a fresh session in the local backend, as a password or magic link would in an app, and
 * puts its token in the `stytch_session` cookie where the Stytch SDK keeps it. The elements then
 * act for that person: `<totp-enroll>` enrolls them, `<totp-challenge>` asks for the second factor.
 *
 *   POST /__demo__/sign-in   → {user_id, email, totp}, Set-Cookie stytch_session (a new session: first factor only);
 *                              `totp`: whether the person has a verified TOTP (an app reads it from Stytch's user, `user.totps`)
 *   POST /__demo__/sign-out  → clears the cookie
 */
const EMAIL = 'lifecycle@demo.example';

export function demoSignInRoutes(
  seed: (email: string, userId: string | undefined) => { user_id: string; session_token: string },
  hasVerifiedTotp: (userId: string) => boolean,
): (request: Request) => Promise<Response> {
  let userId: string | undefined;
  return async (request) => {
    const path = new URL(request.url).pathname;
    // Same-origin POSTs only: a page on another site must not sign its visitor in or out here.
    const origin = request.headers.get('Origin');
    if (request.method !== 'POST' || (origin !== null && origin !== new URL(request.url).origin)) {
      return new Response('Not allowed', { status: 403 });
    }
    if (path === '/__demo__/sign-in') {
      const { user_id, session_token } = seed(EMAIL, userId);
      userId = user_id;
      return Response.json({ user_id, email: EMAIL, totp: hasVerifiedTotp(user_id) }, {
        headers: { 'Set-Cookie': `stytch_session=${session_token}; Path=/; SameSite=Strict`, 'Cache-Control': 'no-store' },
      });
    }
    if (path === '/__demo__/sign-out') {
      return new Response(null, {
        status: 204,
        headers: { 'Set-Cookie': 'stytch_session=; Path=/; Max-Age=0; SameSite=Strict', 'Cache-Control': 'no-store' },
      });
    }
    return new Response('Not found', { status: 404 });
  };
}
