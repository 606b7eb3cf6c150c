import { Hono, type MiddlewareHandler } from 'hono';
import { DEFAULT_MAX_BODY_BYTES, limitBodySize } from './body-size.js';
import { sdkCors } from './cors.js';
import { jsonOnly } from './json-only.js';
import { StytchError, stytchErrorBody } from './stytch-error.js';
import { everyThrownValueAnError } from './thrown-errors.js';

/** Per-request values Hono carries between the middleware and the routes. */
export interface SdkEnv {
  Variables: { requestId: string };
}

/** Where a server registers its routes, relative to `{basePath}/sdk/v1`. */
export type SdkRoutes = Hono<SdkEnv>;

/** The options both servers take, and the app applies. */
export interface SdkServerOptions {
  /**
   * Prefix before `/sdk/v1`, e.g. `'/stytch'` for `POST /stytch/sdk/v1/totps`; trailing slashes
   * are dropped. Default `''`: the element's `api-base` is then the origin the server is mounted on.
   */
  basePath?: string;
  /**
   * Exact origins (`https://app.example.com`: scheme, host and port, no path) whose pages may call
   * from another origin with credentials (cookies, Authorization); their preflights and answers
   * carry the origin and `Access-Control-Allow-Credentials: true`. Default: none, so only pages on
   * the server's own origin can read its answers. Checked when the server is created
   * (`checkAllowedOrigin` in src/server/http/cors.ts): exactly as a browser sends `Origin`,
   * `https:` except on loopback, no wildcards; `'null'` and `'*'` are refused, since with
   * credentials either would let any site act as the signed-in user.
   */
  allowedOrigins?: readonly string[];
  /**
   * The largest request body accepted, in bytes; a larger one is refused with 413 before it is
   * read. Default 16 384.
   */
  maxBodyBytes?: number;
}

/** What tells the two servers apart, for the app. */
export interface SdkServer {
  /** A fresh id for each request; each server has its own prefix, so an answer or a log line tells which one it came from. */
  newRequestId: () => string;
  /**
   * The answer to a thrown value that is not a {@link StytchError} (a bug, a full store, Stytch
   * unreachable): each server logs it in its own words, and answers without repeating it, since
   * its message could name internals the browser has no business seeing.
   */
  answerUnexpected: (error: unknown, requestId: string) => StytchError;
  /** Registers the server's routes. */
  routes: (sdk: SdkRoutes) => void;
}

/**
 * The fetch handler both servers are: the Stytch SDK API's routes under `{basePath}/sdk/v1`, behind
 * the protections every answer needs — a request id and `Cache-Control: no-store` on everything;
 * on the SDK's paths CORS from an allow-list first (so that the refusals after it reach an allowed
 * page as readable errors), JSON only, a body limit, and every thrown value turned into an `Error`;
 * every failure, an unknown path included, answered in Stytch's error shape.
 */
export function createSdkApp(options: SdkServerOptions, server: SdkServer): (request: Request) => Promise<Response> {
  const sdk: SdkRoutes = new Hono<SdkEnv>();
  server.routes(sdk);

  const app = new Hono<SdkEnv>();
  app.use('*', requestIdAndNoStore(server.newRequestId));
  const sdkPath = `${(options.basePath ?? '').replace(/\/+$/, '')}/sdk/v1`;
  app.use(`${sdkPath}/*`, sdkCors(options.allowedOrigins ?? []));
  app.use(`${sdkPath}/*`, jsonOnly());
  app.use(`${sdkPath}/*`, limitBodySize(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  app.use(`${sdkPath}/*`, everyThrownValueAnError());
  app.route(sdkPath, sdk);

  app.notFound((c) =>
    errorResponse(new StytchError(404, 'route_not_found', `No endpoint at ${c.req.method} ${c.req.path}.`), c.get('requestId')),
  );
  app.onError((error, c) => {
    // Set by the first middleware for every request; the fallback is for a failure before it ran.
    const requestId = c.get('requestId') ?? server.newRequestId();
    return errorResponse(error instanceof StytchError ? error : server.answerUnexpected(error, requestId), requestId);
  });
  return async (request) => app.fetch(request);
}

/** A request id for every answer, and no caching: answers carry TOTP secrets and session tokens. */
function requestIdAndNoStore(newRequestId: () => string): MiddlewareHandler<SdkEnv> {
  return async (c, next) => {
    c.set('requestId', newRequestId());
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}

function errorResponse(error: StytchError, requestId: string): Response {
  return new Response(JSON.stringify(stytchErrorBody(error, requestId)), {
    status: error.status,
    headers: { 'Content-Type': 'application/json', ...error.headers },
  });
}
