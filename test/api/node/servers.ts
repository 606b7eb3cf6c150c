/*
 * Real HTTP servers on loopback ports for the API clients' Node tests: the local backend,
 * and small servers that answer the way a broken or hostile backend would. Every server is
 * closed when the test file ends.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import * as OTPAuth from 'otpauth';
import { createStytchBackend, seedUserSession, type BackendOptions, type StytchBackend } from '../../../src/server/index.js';
import { nodeMiddleware } from '../../../src/server/node.js';

export const PUBLIC_TOKEN = 'public-token-test-local';

const servers = new Set<Server>();
after(() => Promise.all([...servers].map((server) => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
})));

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

/** Listens on a free loopback port with the request body read for `handler`; returns `http://127.0.0.1:<port>`. */
export function listen(handler: Handler): Promise<string> {
  return listenRaw((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { body += chunk; });
    req.on('end', () => void handler(req, res, body));
  });
}

async function listenRaw(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.add(server);
  // Nothing here may keep the process alive once the tests are done (a test file run on its
  // own, as Stryker runs it, ends when its event loop is empty).
  server.unref();
  server.on('connection', (socket) => socket.unref());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface LocalBackend {
  backend: StytchBackend;
  /** The backend's origin (plus `basePath`, when given). */
  base: string;
  user_id: string;
  session_token: string;
}

/** The local backend on a real port, with a fresh logged-in user. */
export async function localBackend(options: BackendOptions = {}): Promise<LocalBackend> {
  const backend = createStytchBackend(options);
  const forward = nodeMiddleware(backend.fetch, { prefix: `${options.basePath ?? ''}/sdk/` });
  const origin = await listenRaw((req, res) => forward(req, res, () => { res.writeHead(404).end(); }));
  return { backend, base: `${origin}${options.basePath ?? ''}`, ...seedUserSession(backend) };
}

export interface Seen { method: string; url: string; headers: IncomingMessage['headers']; body: string }

/** A server that answers every request alike; `seen` collects what reached it. */
export async function cannedServer(answer: { status?: number; headers?: Record<string, string>; body?: string }) {
  const seen: Seen[] = [];
  const base = await listen((req, res, body) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json', ...answer.headers });
    res.end(answer.body ?? '');
  });
  return { base, seen };
}

/** `{data: …}` as the SDK API wraps a success. */
export const envelope = (data: unknown) => JSON.stringify({ data });

/** The code an authenticator app would show now for `secret`. */
export function currentCode(secret: string): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: Date.now() });
}

/** A six-digit code not valid now (±1 step) for `secret`. */
export function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((step) =>
    OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: Date.now() + step * 30_000 })));
  for (let n = 0; ; n++) if (!valid.has(String(n).padStart(6, '0'))) return String(n).padStart(6, '0');
}

/** A Create answer's data that passes validation. */
export const createData = (extra: Record<string, unknown> = {}) => ({
  request_id: 'request-id-canned', status_code: 200, secret: 'BTGNX5RKJRMQWQFRQKTG34JCF6XDRHZS', totp_id: 'totp-canned',
  qr_code: '', recovery_codes: ['ckss-2skx-ebow'], user_id: 'user-canned', user: { user_id: 'user-canned' }, ...extra,
});
