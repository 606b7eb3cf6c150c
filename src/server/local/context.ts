import type { Clock } from './clock.js';
import type { CreateLimiter } from './create-limit.js';
import type { SessionJwtSigner } from './session-jwt.js';
import type { BackendStore } from './store.js';

/** Settled configuration: {@link BackendOptions} with every default filled in. */
export interface BackendConfig {
  issuer: string;
  publicToken: string;
  maxFailedAttempts: number;
  /** The first lockout; each further one in a row lasts twice as long. */
  lockoutSeconds: number;
  /** The longest a lockout can grow to. */
  maxLockoutSeconds: number;
  /** Whether a request without a session acts as the shared demo user. */
  demoUser: boolean;
  /** The longest a session lasts from its start, however often it is extended. */
  maxSessionLifetimeMinutes: number;
}

/** What every route needs; built once per backend. */
export interface BackendContext {
  store: BackendStore;
  clock: Clock;
  config: BackendConfig;
  signSessionJwt: SessionJwtSigner;
  /** Counts each user's Creates; refuses one past `createLimit`. */
  createLimiter: CreateLimiter;
}
