/*
 * Stytch's SDK API as a page sees it in production: on another site. Two stand-ins on
 * 127.0.0.1 (the test page is on localhost, so the browser treats them as another site and
 * sends them none of the page's cookies), each the real local backend configured strictly:
 * no demo user, exactly one public token, CORS for an allow-list only.
 * - `allowing`: allow-lists the test page's origin.
 * - `refusing`: allow-lists another origin, as Stytch does for a domain not in the project's list.
 * Each records what reached it, so a test can check that the page's cookies never do.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStytchBackend, seedUserSession, type StytchBackend } from '../../src/server/index.js';
import { nodeMiddleware } from '../../src/server/node.js';

export const CROSS_SITE_PUBLIC_TOKEN = 'public-token-test-cross-site-0d7c';

interface Seen { requests: number; withCookie: number; authorizations: string[] }

interface StandIn { backend: StytchBackend; server: Server; base: string; seen: Seen }

async function startStandIn(allowedOrigin: string): Promise<StandIn> {
  const backend = createStytchBackend({ publicToken: CROSS_SITE_PUBLIC_TOKEN, allowedOrigins: [allowedOrigin] });
  const forward = nodeMiddleware(backend.fetch);
  const server = createServer();
  const standIn: StandIn = { backend, server, base: '', seen: emptySeen() };
  server.on('request', (req: IncomingMessage, res) => {
    if (req.method !== 'OPTIONS') {
      standIn.seen.requests++;
      if (req.headers.cookie) standIn.seen.withCookie++;
      standIn.seen.authorizations.push(req.headers.authorization ?? '');
    }
    forward(req, res, () => { res.writeHead(404).end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}

function emptySeen(): Seen {
  return { requests: 0, withCookie: 0, authorizations: [] };
}

let allowing: StandIn | undefined;
let refusing: StandIn | undefined;

type KoaContext = { path: string; method: string; status: number; body: unknown; type: string; set(name: string, value: string): void };

function json(ctx: KoaContext, body: unknown) {
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(body);
}

/** The web-test-runner plugin that starts and stops the stand-ins with the test server. */
export function crossSiteStandIns() {
  return {
    name: 'cross-site-stytch-stand-in',
    async serverStart({ config }: { config: { hostname?: string; port?: number; protocol?: string } }) {
      const pageOrigin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
      allowing = await startStandIn(pageOrigin);
      refusing = await startStandIn('https://some-other-app.example');
    },
    async serverStop() {
      for (const standIn of [allowing, refusing]) {
        standIn?.server.closeAllConnections();
        await new Promise((resolve) => standIn?.server.close(resolve) ?? resolve(undefined));
      }
    },
  };
}

/** Test-server middleware: /__test__/cross-site/session seeds a session, …/seen tells what arrived. */
export async function crossSiteControls(ctx: KoaContext, next: () => Promise<unknown>) {
  if (!ctx.path.startsWith('/__test__/cross-site/')) return next();
  if (!allowing || !refusing) throw new Error('the cross-site stand-ins are not running');
  if (ctx.path === '/__test__/cross-site/session' && ctx.method === 'POST') {
    // The same user and session on both stand-ins: only CORS tells them apart.
    const seeded = seedUserSession(allowing.backend);
    const user = allowing.backend.store.getUser(seeded.user_id)!;
    const session = allowing.backend.store.getSession(seeded.session_token)!;
    refusing.backend.store.saveUser(user);
    refusing.backend.store.saveSession(session);
    return json(ctx, { ...seeded, base: allowing.base, refusing_base: refusing.base, public_token: CROSS_SITE_PUBLIC_TOKEN });
  }
  if (ctx.path === '/__test__/cross-site/seen' && ctx.method === 'GET') {
    return json(ctx, { allowing: allowing.seen, refusing: refusing.seen });
  }
  if (ctx.path === '/__test__/cross-site/seen' && ctx.method === 'DELETE') {
    for (const standIn of [allowing, refusing]) standIn.seen = emptySeen();
    return json(ctx, {});
  }
  return next();
}
