import { factorsIncludeSecondFactor } from '../../api/second-factor.js';
import { StytchError } from './stytch-error.js';

/*
 * Stytch's MFA rule for calls that read or change a user's factors, in one place for the
 * bridge and the local backend. Stytch's SDK API says of TOTP Create, Get Recovery Codes and
 * Delete authentication factors: once the user has enrolled another MFA method, the call needs a
 * session that passed MFA.
 * The bridge calls the secret-key API, which checks no session, so without this rule a
 * stolen one-factor session could enroll its own authenticator and make itself two-factor.
 */

/** The calls guarded by the rule. New factor-changing routes add a name here. */
export type FactorAction = 'totp.create' | 'totp.recovery_codes' | 'totp.delete';

/** One of the user's MFA methods: only whether it is verified matters to the rule. */
export interface MfaMethod {
  verified?: boolean;
}

/**
 * The parts of a user the rule reads, in Stytch's `User` shape: Stytch's own user (from
 * `sessions.authenticate`) fits, and so does the local backend's. A missing list means none.
 */
export interface MfaUser {
  phone_numbers?: readonly MfaMethod[];
  webauthn_registrations?: readonly MfaMethod[];
  biometric_registrations?: readonly MfaMethod[];
  totps?: readonly MfaMethod[];
}

/** The parts of a session the rule reads: how the user authenticated, in Stytch's factor shape. */
export interface MfaSession {
  authentication_factors: readonly { type: string; delivery_method: string }[];
}

/** What a rule is asked about: which call, for which user, with which session. */
export interface SecondFactorRuleContext<User extends MfaUser = MfaUser, Session extends MfaSession = MfaSession> {
  action: FactorAction;
  user: User;
  /** `undefined` only for the local backend's demo user, who calls without a session. */
  session: Session | undefined;
  /**
   * The factor the call acts on, where it acts on one (`totp.delete`: the TOTP being removed, one
   * of the user's own). Without it, `totp.delete` needs a second factor.
   */
  target?: MfaMethod;
}

/**
 * Decides whether a factor-reading or factor-changing call may go ahead: only `true` lets it
 * through (a rule that returns anything else refuses, so a sloppy hook fails closed).
 */
export type SecondFactorRule<User extends MfaUser = MfaUser, Session extends MfaSession = MfaSession> = (
  context: SecondFactorRuleContext<User, Session>,
) => boolean;

/**
 * Whether the session already holds a second factor: one table for both servers and the SDK
 * adapter (`SECOND_FACTOR_DELIVERY_METHODS` in src/api/second-factor.ts).
 */
export function sessionPassedSecondFactor(session: MfaSession | undefined): boolean {
  return session ? factorsIncludeSecondFactor(session.authentication_factors) : false;
}

/**
 * Whether the user has a verified MFA method: a phone number (SMS/WhatsApp OTP), a WebAuthn or
 * biometric registration, or a TOTP. E-mail is not one: every user has an e-mail as the first
 * factor, and counting it would demand MFA before anyone could enroll a first second factor.
 * Unverified entries don't count: nobody has proved they hold them.
 */
export function hasVerifiedMfaMethod(user: MfaUser): boolean {
  const lists = [user.phone_numbers, user.webauthn_registrations, user.biometric_registrations, user.totps];
  return lists.some((methods) => methods?.some((method) => method.verified === true) ?? false);
}

/**
 * Per action, whether the call needs a second factor. Create: only when the user already has a
 * verified MFA method (as Stytch does; a first enrolment must be possible). Recovery codes: always.
 * A recovery code stands in for the second factor, so reading one takes a session that holds one;
 * otherwise a one-factor session could read the codes of a TOTP still pending and spend one once
 * its owner has verified it. Delete: when the TOTP removed is verified (it is an MFA method, so
 * Stytch's "another MFA method needs MFA" applies, and a one-factor session must not strip the
 * account's second factor); an unverified one is an abandoned setup that protects nothing, and its
 * owner may clear it with the session that started it.
 */
const NEEDS_SECOND_FACTOR: ReadonlyMap<string, (context: SecondFactorRuleContext) => boolean> = new Map<
  FactorAction, (context: SecondFactorRuleContext) => boolean
>([
  ['totp.create', ({ user }) => hasVerifiedMfaMethod(user)],
  ['totp.recovery_codes', () => true],
  ['totp.delete', ({ target }) => target?.verified !== false],
]);

/**
 * The rule both servers apply unless an application replaces it: the call goes ahead when the
 * session passed a second factor, or when the user's methods do not call for one. An action the
 * rule does not know needs a second factor. Call it from your own rule to tighten it:
 * `secondFactorRule: (c) => defaultSecondFactorRule(c) && myRule(c)`.
 */
export function defaultSecondFactorRule(context: SecondFactorRuleContext): boolean {
  if (sessionPassedSecondFactor(context.session)) return true;
  // A Map, not an object: an action named after an inherited method must not find one.
  const needs = NEEDS_SECOND_FACTOR.get(context.action) ?? (() => true);
  return !needs(context);
}

const REFUSALS: ReadonlyMap<string, string> = new Map<FactorAction, string>([
  ['totp.create', 'This user already has another MFA method: creating a TOTP needs a session that passed a second factor (sign in with it first).'],
  ['totp.recovery_codes', 'Listing recovery codes needs a session that already passed a second factor (a TOTP or recovery code, an SMS or WhatsApp code, WebAuthn or biometrics).'],
  ['totp.delete', 'Removing a verified TOTP needs a session that already passed a second factor (sign in with a code from the authenticator app or a recovery code first).'],
]);

/** 403 `insufficient_session_factors` (Stytch's error shape) unless `rule` returns exactly `true`. */
export function assertSecondFactorRule<User extends MfaUser, Session extends MfaSession>(
  rule: SecondFactorRule<User, Session>,
  context: SecondFactorRuleContext<User, Session>,
): void {
  if (rule(context) === true) return;
  throw new StytchError(
    403,
    'insufficient_session_factors',
    REFUSALS.get(context.action) ?? 'This call needs a session that passed a second factor.',
  );
}
