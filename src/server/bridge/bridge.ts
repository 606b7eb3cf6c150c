import { SESSION_COOKIE } from '../http/credentials.js';
import { defaultSecondFactorRule } from '../http/mfa-rule.js';
import { createSdkApp } from '../http/sdk-app.js';
import type { BridgeContext } from './context.js';
import { unexpectedErrorAnswer } from './errors.js';
import type { StytchBridgeOptions } from './options.js';
import { sessionCookie } from './session-cookie-answer.js';
import { FOREIGN_PUBLIC_TOKEN } from './session-token.js';
import { registerBridgeRevokeRoute } from './sessions-revoke.js';
import { lazyStytchClient } from './stytch-client.js';
import { registerBridgeAuthenticateRoute } from './totp-authenticate.js';
import { registerBridgeCreateRoute } from './totp-create.js';
import { registerBridgeRecoverRoute } from './totp-recover.js';
import { registerBridgeRecoveryCodesRoute } from './totp-recovery-codes.js';
import { registerBridgeUserRoutes } from './users.js';

/** A web fetch handler that answers the element's SDK calls through Stytch's backend API. */
export interface StytchBridge {
  fetch(request: Request): Promise<Response>;
}

/**
 * Answers `POST {basePath}/sdk/v1/totps`, `…/totps/authenticate`, `…/totps/recover`,
 * `…/totps/recovery_codes`, `GET …/users/me`, `DELETE …/users/totps/{totp_id}` and the
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
      sessionCookie: options.sessionCookie ?? SESSION_COOKIE,
      publicToken: options.publicToken,
      foreignPublicTokenMessage: FOREIGN_PUBLIC_TOKEN,
      cookieAttributes: options.sessionCookieAttributes ?? {},
    },
    secondFactorRule: options.secondFactorRule ?? defaultSecondFactorRule,
  };
  checkSessionCookieSettings(ctx.sessionTokens);

  const handle = createSdkApp(options, {
    newRequestId: () => `request-id-bridge-${crypto.randomUUID()}`,
    answerUnexpected: unexpectedErrorAnswer(log),
    routes: (sdk) => {
      registerBridgeCreateRoute(sdk, ctx);
      registerBridgeAuthenticateRoute(sdk, ctx);
      registerBridgeRecoverRoute(sdk, ctx);
      registerBridgeRecoveryCodesRoute(sdk, ctx);
      registerBridgeUserRoutes(sdk, ctx);
      registerBridgeRevokeRoute(sdk, ctx);
    },
  });
  return { fetch: handle };
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
