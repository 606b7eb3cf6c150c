/**
 * A local, in-memory stand-in for the part of Stytch's SDK API that TOTP enrolment
 * uses. Runtime-neutral (a web fetch handler); `node.ts` plugs it into Node servers.
 */
export { createStytchBackend } from './backend.js';
export type { BackendOptions, StytchBackend } from './backend.js';
export { createManualClock } from './clock.js';
export type { Clock, ManualClock } from './clock.js';
export { createMemoryStore } from './memory-store.js';
export type { MemoryStoreOptions } from './memory-store.js';
export type {
  AuthenticationFactor,
  BackendStore,
  BiometricRegistrationRecord,
  FailedAttempts,
  PhoneNumberRecord,
  SessionRecord,
  TotpRecord,
  UserRecord,
  WebAuthnRegistrationRecord,
} from './store.js';
export { StoreFullError } from './store-full.js';
export { seedUserSession } from './seed.js';
export type { SeededUserSession, SeedUserSessionOptions } from './seed.js';
export { DEMO_USER_EMAIL, DEMO_USER_ID } from './users.js';
export { SESSION_COOKIE } from './caller.js';
/** Stytch's MFA rule for calls that read or change factors, shared by both servers; the bridge's `secondFactorRule` replaces it. */
export { assertSecondFactorRule, defaultSecondFactorRule, hasVerifiedMfaMethod, sessionPassedSecondFactor } from './mfa-rule.js';
export type {
  FactorAction,
  MfaMethod,
  MfaSession,
  MfaUser,
  SecondFactorRule,
  SecondFactorRuleContext,
} from './mfa-rule.js';
/** The same SDK protocol answered by real Stytch, through the `stytch` Node package (`src/server/bridge/`). */
export { createStytchBridge } from './bridge/bridge.js';
export type { StytchBridge } from './bridge/bridge.js';
export type {
  ClientBridgeOptions,
  CredentialsBridgeOptions,
  StytchBackendClient,
  StytchBridgeOptions,
  StytchDispatcher,
} from './bridge/options.js';
