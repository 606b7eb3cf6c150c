/*
 * The Stytch bridge as the browser tests see it: `createStytchBridge` with the real `stytch`
 * package, against the TLS stand-in for Stytch's backend API, mounted on the test server's
 * own origin under /bridge/ (so `api-base` is `<origin>/bridge`), as one middleware entry.
 *   POST /bridge/sdk/v1/…            → the bridge
 *   POST /__test__/bridge/session    → a user with a live session in the stand-in (`?user_id=`: a new
 *                                      e-mail-only session of that user)
 *   GET  /__test__/bridge/calls      → the paths of the Stytch API calls the bridge made
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createStytchBridge } from '../../src/server/index.js';
import { nodeMiddleware } from '../../src/server/node.js';
import { startStytchApiStandin, type StytchApiStandin } from './stytch-api-standin.js';

export const BRIDGE_PUBLIC_TOKEN = 'public-token-test-bridge';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
interface KoaContext { path: string; method: string; req: IncomingMessage; res: ServerResponse; respond?: boolean }
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<unknown>) => unknown;

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function controls(standin: StytchApiStandin, bridge: Middleware): Middleware {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/__test__/bridge/session' && req.method === 'POST') {
      const user_id = url.searchParams.get('user_id') ?? undefined;
      return sendJson(res, standin.seedSession(user_id === undefined ? {} : { user_id }));
    }
    if (path === '/__test__/bridge/calls' && req.method === 'GET') return sendJson(res, standin.requests.map((r) => r.path));
    return bridge(req, res, next);
  };
}

/**
 * The web-test-runner middleware. The stand-in and the bridge start with the first request
 * for them (a plugin's serverStart comes too late to add routes: Koa has composed its
 * middleware by then); the stand-in's server is unref'd, so it never keeps the runner alive.
 */
export function stytchBridgeRig(): KoaMiddleware {
  let handle: Promise<Middleware> | undefined;
  const start = async (): Promise<Middleware> => {
    const standin = await startStytchApiStandin({ unref: true });
    const bridge = createStytchBridge({
      ...standin.bridgeCredentials,
      basePath: '/bridge',
      publicToken: BRIDGE_PUBLIC_TOKEN,
    });
    return controls(standin, nodeMiddleware(bridge.fetch, { prefix: '/bridge/sdk/' }));
  };
  return async function stytchBridge(ctx, next) {
    if (!ctx.path.startsWith('/bridge/') && !ctx.path.startsWith('/__test__/bridge/')) return next();
    const serve = await (handle ??= start());
    ctx.respond = false;
    return new Promise<unknown>((resolve) => {
      ctx.res.on('finish', resolve);
      ctx.res.on('close', resolve);
      serve(ctx.req, ctx.res, () => { ctx.respond = true; resolve(next()); });
    });
  };
}
