import { createSdkApp, type SdkServerOptions } from '../http/sdk-app.js';
import { StytchError } from '../http/stytch-error.js';
import type { Clock } from './clock.js';
import type { BackendConfig, BackendContext } from './context.js';
import { DEFAULT_CREATE_LIMIT, createCreateLimiter, type CreateLimitOptions, type CreateLimitSettings } from './create-limit.js';
import { newRequestId } from './ids.js';
import { createMemoryStore } from './memory-store.js';
import { assertStoreFitsEnvironment } from './production-guard.js';
import { registerBootstrapRoute } from './routes/bootstrap.js';
import { registerEventsRoute } from './routes/events.js';
import { registerSessionRoutes } from './routes/sessions.js';
import { registerTotpAuthenticateRoute } from './routes/totp-authenticate.js';
import { registerTotpCreateRoute } from './routes/totp-create.js';
import { registerTotpRecoveryRoutes } from './routes/totp-recovery.js';
import { registerUserRoutes } from './routes/users.js';
import { createSessionJwtSigner } from './session-jwt.js';
import { StoreFullError } from './store-full.js';
import type { BackendStore } from './store.js';

/** Options of `createStytchBackend`; `basePath`, `allowedOrigins` and `maxBodyBytes` are the bridge's too. */
export interface BackendOptions extends SdkServerOptions {
  /**
   * Where users, sessions and TOTPs live. Default: a fresh in-memory store (`createMemoryStore`,
   * default caps, this `now` and `log`). A store that refuses an entry with `StoreFullError` is
   * answered 503 `capacity_exceeded` with `Retry-After`.
   */
  store?: BackendStore;
  /**
   * Start under `NODE_ENV=production` although the store is a memory store, which loses every
   * user's TOTP, session and lockout on restart. Default `false`: such a backend throws at
   * start-up. Only for a demo that is meant to forget; production uses `createStytchBridge`
   * (Stytch keeps the data) or a durable `store`.
   */
  allowMemoryStoreInProduction?: boolean;
  /**
   * Where unexpected failures (with their stack) and the default store's refusals (once per
   * map) are reported, one line each. Default `console.error`.
   */
  log?: (line: string) => void;
  /** The current time in ms since the epoch. Default: `Date.now`; tests pass a manual clock's `now`. */
  now?: () => number;
  /** Issuer shown in authenticator apps (the otpauth URI's `issuer`). Default `'totp-enroll demo'`. */
  issuer?: string;
  /**
   * The project's public token: the only one accepted, in Basic credentials and at
   * bootstrap. Default `'public-token-test-local'`. The Stytch SDK sends its calls to
   * `endpoints.testAPIURL` only for tokens starting `public-token-test`.
   */
  publicToken?: string;
  /** Consecutive wrong codes (TOTP and recovery codes together) before a lockout. Default 5. */
  maxFailedAttempts?: number;
  /**
   * Seconds the first lockout lasts. Each further lockout before a right code lasts
   * twice as long as the one before (60, 120, 240, … s). Default 60.
   */
  lockoutSeconds?: number;
  /** The longest a lockout grows to, in seconds. Default 86 400 (a day). */
  maxLockoutSeconds?: number;
  /**
   * The longest a session lasts from its start, in whole minutes (at least 5), however often
   * `sessions/authenticate`, a TOTP or a recovery code extends it: past it the token is refused
   * and the user logs in again. Default 10 080 (7 days). Stytch accepts `session_duration_minutes`
   * up to 527 040 (366 days) per extension; here a longer one ends at the cap.
   */
  maxSessionLifetimeMinutes?: number;
  /**
   * TOTP Creates per user and window (each renders a QR code, ~10 ms of CPU): past the limit a
   * Create is answered 429 `too_many_requests` with `Retry-After`. Default 10 per 600 s, 10 000
   * users tracked at once. The demo user, shared by every visitor of a demo, is not limited.
   */
  createLimit?: CreateLimitOptions;
  /**
   * Let a request without a session (no session token in Basic credentials nor in the
   * `stytch_session` cookie) act as one shared demo user. For demos and tests only: anyone
   * who can reach the backend then acts as that user. Default `false`: such a request is
   * answered 401 `unauthorized_credentials`. Even the demo user needs a session that passed
   * the second factor to list recovery codes.
   */
  demoUser?: boolean;
}

/** A local stand-in for Stytch's SDK API: a web fetch handler plus its state. */
export interface StytchBackend {
  fetch(request: Request): Promise<Response>;
  store: BackendStore;
  clock: Clock;
}

/**
 * Builds a backend that answers the Stytch browser SDK's TOTP traffic under
 * `${basePath}/sdk/v1`, so the real `@stytch/vanilla-js` client works against it
 * when its `endpoints.testAPIURL` points here.
 */
export function createStytchBackend(options: BackendOptions = {}): StytchBackend {
  const config: BackendConfig = {
    issuer: options.issuer ?? 'totp-enroll demo',
    publicToken: options.publicToken ?? 'public-token-test-local',
    maxFailedAttempts: options.maxFailedAttempts ?? 5,
    lockoutSeconds: options.lockoutSeconds ?? 60,
    maxLockoutSeconds: options.maxLockoutSeconds ?? 86_400,
    demoUser: options.demoUser ?? false,
    maxSessionLifetimeMinutes: wholeNumberFrom(5, 'maxSessionLifetimeMinutes', options.maxSessionLifetimeMinutes ?? 10_080),
  };
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));
  const store = options.store ?? createMemoryStore({ now, log });
  assertStoreFitsEnvironment(store, options.allowMemoryStoreInProduction ?? false);
  const ctx: BackendContext = {
    store,
    clock: { now },
    config,
    signSessionJwt: createSessionJwtSigner('project-test-local'),
    createLimiter: createCreateLimiter(createLimitSettings(options.createLimit ?? {}), { now, log }),
  };

  const handle = createSdkApp(options, {
    newRequestId,
    answerUnexpected: (error) => asStytchError(error, log),
    routes: (sdk) => {
      registerBootstrapRoute(sdk, ctx);
      registerEventsRoute(sdk);
      registerSessionRoutes(sdk, ctx);
      registerTotpCreateRoute(sdk, ctx);
      registerTotpAuthenticateRoute(sdk, ctx);
      registerTotpRecoveryRoutes(sdk, ctx);
      registerUserRoutes(sdk, ctx);
    },
  });

  return { fetch: handle, store: ctx.store, clock: ctx.clock };
}

function createLimitSettings(options: CreateLimitOptions): CreateLimitSettings {
  const setting = (name: keyof CreateLimitSettings) =>
    wholeNumberFrom(1, `createLimit.${name}`, options[name] ?? DEFAULT_CREATE_LIMIT[name]);
  return { maxCreates: setting('maxCreates'), windowSeconds: setting('windowSeconds'), maxTrackedUsers: setting('maxTrackedUsers') };
}

/** A limit that must be a whole number from `min`: refused at start-up rather than turned into "no limit". */
function wholeNumberFrom(min: number, name: string, value: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number from ${min}; got ${value}.`);
  }
  return value;
}

/** The answer to anything thrown but a StytchError. */
function asStytchError(error: unknown, log: (line: string) => void): StytchError {
  // Not logged here: the store told its log once, and a flood must not flood the log.
  if (error instanceof StoreFullError) return storeFullAnswer(error);
  // The stack is for the developer running the backend; the answer only says that it failed.
  log(`[stytch-backend] unexpected error: ${error instanceof Error ? error.stack : typeof error}`);
  return new StytchError(500, 'internal_server_error', 'The local Stytch backend failed to handle this request.');
}

/** 503 rather than 429: the refusal is the backend's limit, not this caller's doing. */
function storeFullAnswer(error: StoreFullError): StytchError {
  const seconds = error.retryAfterSeconds;
  return new StytchError(
    503,
    'capacity_exceeded',
    `The backend cannot store more ${error.what} right now. Try again in ${seconds} seconds.`,
    { 'Retry-After': String(seconds) },
  );
}
