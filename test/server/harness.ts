import * as OTPAuth from 'otpauth';
import {
  createManualClock,
  createStytchBackend,
  seedUserSession,
  type BackendOptions,
  type ManualClock,
  type StytchBackend,
} from '../../src/server/index.js';

export const PUBLIC_TOKEN = 'public-token-test-local';
/** The demo user as the README documents it: written out, not imported, so that a change to it fails the tests. */
export const DEMO_USER_ID = 'user-test-local-demo';
export const DEMO_USER_EMAIL = 'demo@example.com';
/** Halfway through a 30-second step, so ±1 step is exactly ±30 s away from any edge. */
export const START_TIME = Date.UTC(2030, 0, 1, 12, 0, 15);
export const STEP_MS = 30_000;

export interface TestBackend {
  backend: StytchBackend;
  clock: ManualClock;
}

/** A backend with the library's defaults (no demo user) on a manual clock. */
export function newBackend(options: BackendOptions = {}): TestBackend {
  const clock = createManualClock(START_TIME);
  return { backend: createStytchBackend({ now: clock.now, ...options }), clock };
}

/** As {@link newBackend}, with `demoUser: true`: a request without a session acts as the demo user. */
export function newDemoBackend(options: BackendOptions = {}): TestBackend {
  return newBackend({ demoUser: true, ...options });
}

export interface CallOptions {
  method?: string;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  /** The secret half of `Basic public_token:secret`; the public token itself means "no session". */
  session?: string;
  /** A raw Authorization header, overriding `session`. */
  authorization?: string;
  cookie?: string;
  origin?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // Tests read arbitrary fields of Stytch answers.
  json: any;
}

export function basicAuthorization(publicToken: string, secret: string): string {
  return `Basic ${Buffer.from(`${publicToken}:${secret}`).toString('base64')}`;
}

/**
 * Calls `/sdk/v1${path}` the way the SDK does (Basic auth when a session is given, and
 * `Content-Type: application/json` on every POST, bodiless ones too, unless `headers` sets one).
 */
export async function call(backend: StytchBackend, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
  const authorization =
    options.authorization ?? (options.session === undefined ? undefined : basicAuthorization(PUBLIC_TOKEN, options.session));
  if (authorization !== undefined) headers.set('Authorization', authorization);
  if (options.cookie !== undefined) headers.set('Cookie', options.cookie);
  if (options.origin !== undefined) headers.set('Origin', options.origin);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const method = options.method ?? (body === undefined && !path.startsWith('/totps') ? 'GET' : 'POST');
  if (method === 'POST' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const response = await backend.fetch(
    new Request(`http://127.0.0.1/sdk/v1${path}`, { method, headers, body }),
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? null : JSON.parse(text) };
}

/** The code an authenticator app holding `secret` shows at `timestamp`. */
export function codeAt(secret: string, timestamp: number): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp });
}

/** A six-digit code that is not valid for `secret` anywhere in the ±2-step neighbourhood of `timestamp`. */
export function wrongCodeAt(secret: string, timestamp: number): string {
  const nearby = new Set([-2, -1, 0, 1, 2].map((offset) => codeAt(secret, timestamp + offset * STEP_MS)));
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, '0');
    if (!nearby.has(code)) return code;
  }
}

/**
 * Decodes a `data:image/png;base64,` QR code to the text it holds, as a phone camera would.
 * The decoders load on first use: three tests need them, and every mutation-test run would pay ~0.1 s.
 */
export async function decodeQrDataUrl(dataUrl: string): Promise<string | undefined> {
  const prefix = 'data:image/png;base64,';
  if (!dataUrl.startsWith(prefix)) return undefined;
  const [{ default: jsQR }, { PNG }] = await Promise.all([import('jsqr'), import('pngjs')]);
  const png = PNG.sync.read(Buffer.from(dataUrl.slice(prefix.length), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Creates a TOTP for the caller and returns Create's data (untyped, like `json`), failing loudly otherwise. */
export async function createTotp(
  backend: StytchBackend,
  options: { session?: string; expiration_minutes?: number } = {},
): Promise<any> {
  const result = await call(backend, '/totps', {
    session: options.session ?? PUBLIC_TOKEN,
    body: { expiration_minutes: options.expiration_minutes ?? 60 },
  });
  if (result.status !== 200) throw new Error(`Create failed: ${JSON.stringify(result.json)}`);
  return result.json.data;
}

export function authenticate(
  backend: StytchBackend,
  code: string,
  options: { session?: string; session_duration_minutes?: number } = {},
): Promise<CallResult> {
  return call(backend, '/totps/authenticate', {
    session: options.session ?? PUBLIC_TOKEN,
    body: { totp_code: code, session_duration_minutes: options.session_duration_minutes ?? 60 },
  });
}

export { seedUserSession };
