/**
 * `totp-enroll/server`: the two servers that answer the elements' Stytch SDK calls, both web
 * fetch handlers built on one app (`http/`): the local, in-memory stand-in for Stytch's SDK API
 * (`local/`), and the bridge to Stytch's backend API (`bridge/`). Runtime-neutral: nothing this
 * module imports statically needs Node (the bridge loads `stytch` and its Node-only parts on its
 * first Stytch call; test/server/runtime-neutral.test.ts checks it). `node.ts` plugs either
 * server into Node servers.
 */
export { createStytchBackend } from './local/backend.js';
export type { BackendOptions, StytchBackend } from './local/backend.js';
export { createManualClock } from './local/clock.js';
export type { Clock, ManualClock } from './local/clock.js';
export { createMemoryStore } from './local/memory-store.js';
export type { MemoryStoreOptions } from './local/memory-store.js';
export type { BackendStore } from './local/store.js';
export type {
  AuthenticationFactor,
  BiometricRegistrationRecord,
  FailedAttempts,
  PhoneNumberRecord,
  SessionRecord,
  TotpRecord,
  UserRecord,
  WebAuthnRegistrationRecord,
} from './local/records.js';
export { StoreFullError } from './local/store-full.js';
export { seedUserSession } from './local/seed.js';
export type { SeededUserSession, SeedUserSessionOptions } from './local/seed.js';
export { DEMO_USER_EMAIL, DEMO_USER_ID } from './local/users.js';
export { SESSION_COOKIE } from './http/credentials.js';
/** Stytch's MFA rule for calls that read or change factors, shared by both servers; the bridge's `secondFactorRule` replaces it. */
export { assertSecondFactorRule, defaultSecondFactorRule, hasVerifiedMfaMethod, sessionPassedSecondFactor } from './http/mfa-rule.js';
export type {
  FactorAction,
  MfaMethod,
  MfaSession,
  MfaUser,
  SecondFactorRule,
  SecondFactorRuleContext,
} from './http/mfa-rule.js';
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
