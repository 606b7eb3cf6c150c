import { Hono } from 'hono';
import { limitBodySize } from '../body-size.js';
import { sdkCors } from '../cors.js';
import { jsonOnly } from '../json-only.js';
import { defaultSecondFactorRule } from '../mfa-rule.js';
import { StytchError } from '../stytch-error.js';
import { everyThrownValueAnError } from '../thrown-errors.js';
import type { BridgeContext, BridgeEnv } from './context.js';
import { newBridgeRequestId } from './context.js';
import { errorResponse } from './errors.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_SESSION_COOKIE, type StytchBridgeOptions } from './options.js';
import { requestIdAndNoStore } from './protections.js';
import { sessionCookie } from './session-cookie-answer.js';
import { registerBridgeRevokeRoute } from './sessions-revoke.js';
import { lazyStytchClient } from './stytch-client.js';
import { registerBridgeAuthenticateRoute } from './totp-authenticate.js';
import { registerBridgeCreateRoute } from './totp-create.js';
import { registerBridgeRecoverRoute } from './totp-recover.js';

/** A web fetch handler that answers the element's SDK calls through Stytch's backend API. */
export interface StytchBridge {
  fetch(request: Request): Promise<Response>;
}

/**
 * Answers `POST {basePath}/sdk/v1/totps`, `…/totps/authenticate`, `…/totps/recover` and the
 * logout `…/sessions/revoke` (the requests `<totp-enroll>`, `<totp-challenge>` and Stytch's browser
 * SDK send) by calling Stytch's backend API with the `stytch` Node package, for the user whose
 * session the request presents. The project secret
 * stays on the server; the page needs only the session it already has.
 */
export function createStytchBridge(options: StytchBridgeOptions): StytchBridge {
  const log = redacting(options.log ?? ((line) => console.error(line)), options);
  const ctx: BridgeContext = {
    stytch: lazyStytchClient(options),
    sessionTokens: {
      sessionCookie: options.sessionCookie ?? DEFAULT_SESSION_COOKIE,
      publicToken: options.publicToken,
      cookieAttributes: options.sessionCookieAttributes ?? {},
    },
    secondFactorRule: options.secondFactorRule ?? defaultSecondFactorRule,
  };
  checkSessionCookieSettings(ctx.sessionTokens);

  const sdk = new Hono<BridgeEnv>();
  registerBridgeCreateRoute(sdk, ctx);
  registerBridgeAuthenticateRoute(sdk, ctx);
  registerBridgeRecoverRoute(sdk, ctx);
  registerBridgeRevokeRoute(sdk, ctx);

  const app = new Hono<BridgeEnv>();
  app.use('*', requestIdAndNoStore());
  app.use('*', sdkCors(options.allowedOrigins ?? []));
  app.use('*', jsonOnly());
  app.use('*', limitBodySize(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  app.use('*', everyThrownValueAnError());
  app.route(`${(options.basePath ?? '').replace(/\/+$/, '')}/sdk/v1`, sdk);

  app.notFound((c) =>
    errorResponse(new StytchError(404, 'route_not_found', `No endpoint at ${c.req.method} ${c.req.path}.`), c.get('requestId'), log),
  );
  app.onError((error, c) => errorResponse(error, c.get('requestId') ?? newBridgeRequestId(), log));

  return { fetch: async (request) => app.fetch(request) };
}

/** A cookie the bridge could not set (a `__Host-` name with a Domain, say) fails at start-up, not at the first sign-in. */
function checkSessionCookieSettings({ sessionCookie: name, cookieAttributes }: BridgeContext['sessionTokens']): void {
  if (name === false || cookieAttributes === false) return;
  try {
    sessionCookie(name, 'x', cookieAttributes ?? {});
  } catch (error) {
    throw new TypeError(`sessionCookie ${JSON.stringify(name)} with sessionCookieAttributes: ${(error as Error).message}`);
  }
}

/**
 * Belt and braces: whatever ends up in a log line (an error from a proxy agent quoting the
 * request's headers, say), neither the project secret nor the Basic credential made from it does.
 */
function redacting(log: (line: string) => void, { projectId, secret }: StytchBridgeOptions): (line: string) => void {
  if (!secret) return log;
  const credential = btoa(`${projectId}:${secret}`);
  return (line) => log(line.split(secret).join('[project secret]').split(credential).join('[project credential]'));
}
