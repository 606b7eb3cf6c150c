/*
 * A stand-in for Stytch's backend API (the one the `stytch` Node package calls with the
 * project secret), served over HTTPS on 127.0.0.1 with a certificate made at start-up.
 * It is as strict as Stytch: Basic project_id:secret on every call, JSON bodies, unknown
 * fields refused, Stytch's error bodies. Secrets and codes are real (the local backend's
 * TOTP building blocks), so a code from an authenticator app library is checked for real.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { Agent } from 'undici';
import { generateRecoveryCodes } from '../../src/server/local/recovery-codes.js';
import { otpauthUri } from '../../src/api/otpauth-uri.js';
import { matchingTimeStep, newTotpSecret, qrCodeDataUrl } from '../../src/server/local/totp-codes.js';

export interface StandinPhoneNumber { phone_id: string; phone_number: string; verified: boolean }
export interface StandinWebAuthnRegistration {
  webauthn_registration_id: string; domain: string; user_agent: string; verified: boolean; authenticator_type: string; name: string;
}
export interface StandinUser {
  user_id: string; email: string; created_at: number;
  /** The user's other MFA methods, as Stytch lists them on the user. */
  phone_numbers: StandinPhoneNumber[];
  webauthn_registrations: StandinWebAuthnRegistration[];
}
export interface StandinSession { session_id: string; session_token: string; user_id: string; started_at: number; expires_at: number; factors: Record<string, unknown>[] }
export interface StandinTotp { totp_id: string; secret: string; recovery_codes: string[]; verified: boolean; expires_at: number; last_used_step: number | null }

/** The user and session `seedSession` makes: by default a new user, signed in by e-mail only. */
export interface SeedSessionOptions {
  email?: string;
  minutes?: number;
  /** Sign this existing user in again (a new session, e-mail factor only) instead of making a user. */
  user_id?: string;
  /** The new user has this phone number for SMS OTP, verified unless `phoneVerified` is false. */
  phoneNumber?: string;
  phoneVerified?: boolean;
  /** The new user has a verified WebAuthn registration (a security key or passkey). */
  webauthn?: boolean;
  /**
   * The session passed this factor too, after the e-mail one. As strict as Stytch, which
   * issues an SMS factor only for a verified phone and a WebAuthn factor only for a registration:
   * anything else throws.
   */
  alsoPassed?: 'sms' | 'webauthn' | 'email_otp';
}

export interface StandinOptions {
  projectId?: string;
  secret?: string;
  maxFailedAttempts?: number;
  lockoutSeconds?: number;
  now?: () => number;
  /** Let the process exit while the stand-in still listens (the test runner's rig never closes it). */
  unref?: boolean;
}

export interface StytchApiStandin {
  /** `https://127.0.0.1:<port>`: the client's `custom_base_url`. */
  baseUrl: string;
  projectId: string;
  secret: string;
  /** An undici dispatcher that trusts this stand-in's certificate, and only for the client given it. */
  dispatcher: Agent;
  /** What `createStytchBridge` needs to talk to this stand-in: spread it into the bridge's options. */
  bridgeCredentials: { projectId: string; secret: string; customBaseUrl: string; dispatcher: Agent };
  /** Every request that reached the stand-in: method, path and parsed body. */
  requests: { method: string; path: string; body: unknown }[];
  users: Map<string, StandinUser>;
  totps: Map<string, StandinTotp>;
  /** A user with a live session, as a login elsewhere in the app would leave one. */
  seedSession(options?: SeedSessionOptions): { user_id: string; session_token: string };
  expireSession(session_token: string): void;
  /**
   * The next request for `path` gets this answer instead of the stand-in's own (after the
   * credential check): a rate limit with a `Retry-After` in some form, or what a proxy in front
   * of Stytch might say.
   */
  answerOnce(path: string, answer: { status: number; body: unknown; headers?: Record<string, string> }): void;
  /**
   * The next request for `path` gets no answer at all (after the credential check), as from a
   * Stytch that hangs. `reached` settles when that request arrives, `closed` when the client
   * gives up and its connection closes.
   */
  hangOnce(path: string): { reached: Promise<void>; closed: Promise<void> };
  close(): Promise<void>;
}

class ApiError extends Error {
  constructor(readonly status: number, readonly type: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
const id = (kind: string) => `${kind}-test-standin-${crypto.randomUUID()}`;

export async function startStytchApiStandin(options: StandinOptions = {}): Promise<StytchApiStandin> {
  const projectId = options.projectId ?? 'project-test-standin';
  const secret = options.secret ?? `secret-test-${crypto.randomUUID()}`;
  const now = options.now ?? Date.now;
  const maxFailed = options.maxFailedAttempts ?? 5;
  const lockoutMs = (options.lockoutSeconds ?? 60) * 1000;
  const users = new Map<string, StandinUser>();
  const sessions = new Map<string, StandinSession>();
  const totps = new Map<string, StandinTotp>();
  const failures = new Map<string, { count: number; locked_until: number }>();
  const requests: StytchApiStandin['requests'] = [];
  const scripted = new Map<string, { status: number; body: unknown; headers?: Record<string, string> }>();
  const hanging = new Map<string, { reached: () => void; closed: () => void }>();

  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });

  const presentUser = (user: StandinUser) => {
    const totp = totps.get(user.user_id);
    return {
      user_id: user.user_id,
      created_at: iso(user.created_at),
      status: 'active',
      name: { first_name: '', middle_name: '', last_name: '' },
      emails: [{ email_id: `email-${user.user_id}`, email: user.email, verified: true }],
      phone_numbers: user.phone_numbers.map((phone) => ({ ...phone })),
      webauthn_registrations: user.webauthn_registrations.map((registration) => ({ ...registration })),
      providers: [],
      totps: totp ? [{ totp_id: totp.totp_id, verified: totp.verified }] : [],
      crypto_wallets: [], biometric_registrations: [], roles: [], is_locked: false,
      trusted_metadata: {}, untrusted_metadata: {},
    };
  };
  const presentSession = (session: StandinSession) => ({
    session_id: session.session_id,
    user_id: session.user_id,
    started_at: iso(session.started_at),
    last_accessed_at: iso(now()),
    expires_at: iso(session.expires_at),
    attributes: { ip_address: '', user_agent: '' },
    authentication_factors: session.factors,
    custom_claims: {},
    roles: [],
  });
  const liveSession = (token: unknown): StandinSession => {
    const session = typeof token === 'string' ? sessions.get(token) : undefined;
    if (!session || session.expires_at <= now()) throw new ApiError(404, 'session_not_found', 'Session could not be found.');
    return session;
  };
  const knownUser = (user_id: unknown): StandinUser => {
    const user = typeof user_id === 'string' ? users.get(user_id) : undefined;
    if (!user) throw new ApiError(404, 'user_not_found', 'User could not be found.');
    return user;
  };
  const minutes = (value: unknown, field: string, min: number, max: number, fallback: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new ApiError(400, `invalid_${field}`, `${field} must be an integer from ${min} to ${max}.`);
    }
    return value;
  };
  const sessionAnswer = (session: StandinSession) => ({
    session: presentSession(session),
    session_token: session.session_token,
    // Not a verifiable JWT: nothing in the bridge or the element checks it, and no test relies on it.
    session_jwt: `standin-jwt.${session.session_id}`,
    user: presentUser(users.get(session.user_id)!),
  });

  const routes: Record<string, { fields: string[]; handle(body: Record<string, unknown>): Promise<Record<string, unknown>> }> = {
    '/v1/sessions/authenticate': {
      fields: ['session_token', 'session_duration_minutes', 'session_jwt', 'session_custom_claims', 'authorization_check'],
      async handle(body) {
        const session = liveSession(body.session_token);
        return sessionAnswer(session);
      },
    },
    '/v1/sessions/revoke': {
      fields: ['session_id', 'session_token', 'session_jwt'],
      async handle(body) {
        // Stytch wants exactly one way of naming the session.
        if (Object.keys(body).length !== 1) throw new ApiError(400, 'bad_request', 'Give exactly one of session_id, session_token, session_jwt.');
        const session = liveSession(body.session_token);
        sessions.delete(session.session_token);
        return {};
      },
    },
    // Like Stytch's secret-key API, Create checks no session and no MFA: that is the bridge's job.
    '/v1/totps': {
      fields: ['user_id', 'expiration_minutes'],
      async handle(body) {
        const user = knownUser(body.user_id);
        const expiration = minutes(body.expiration_minutes, 'expiration_minutes', 5, 1440, 60);
        if (totps.get(user.user_id)?.verified) throw new ApiError(400, 'active_totp_exists', 'This user already has an active TOTP.');
        const totpSecret = newTotpSecret();
        const totp: StandinTotp = {
          totp_id: id('totp'), secret: totpSecret, recovery_codes: generateRecoveryCodes(), verified: false,
          expires_at: now() + expiration * 60_000, last_used_step: null,
        };
        totps.set(user.user_id, totp);
        return {
          totp_id: totp.totp_id, secret: totpSecret,
          qr_code: await qrCodeDataUrl(otpauthUri({ secret: totpSecret, issuer: 'totp-enroll stand-in', accountName: user.email })),
          recovery_codes: totp.recovery_codes, user: presentUser(user), user_id: user.user_id,
        };
      },
    },
    '/v1/totps/authenticate': {
      fields: ['user_id', 'totp_code', 'session_token', 'session_duration_minutes', 'session_jwt', 'session_custom_claims', 'telemetry_id'],
      async handle(body) {
        const user = knownUser(body.user_id);
        if (typeof body.totp_code !== 'string' || !/^\d{6}$/.test(body.totp_code)) {
          throw new ApiError(400, 'invalid_totp_code', 'totp_code must be 6 digits.');
        }
        const duration = minutes(body.session_duration_minutes, 'session_duration_minutes', 5, 527040, 60);
        const existing = body.session_token === undefined ? undefined : liveSession(body.session_token);
        if (existing && existing.user_id !== user.user_id) throw new ApiError(400, 'session_user_mismatch', 'The session belongs to another user.');
        const at = now();
        const lock = failures.get(user.user_id);
        if (lock && lock.locked_until > at) {
          const seconds = Math.ceil((lock.locked_until - at) / 1000);
          throw new ApiError(429, 'too_many_requests', 'Too many requests.', { 'Retry-After': String(seconds) });
        }
        const totp = totps.get(user.user_id);
        if (!totp) throw new ApiError(404, 'totp_not_found', 'TOTP could not be found.');
        if (!totp.verified && totp.expires_at <= at) throw new ApiError(400, 'totp_expired', 'The TOTP has expired.');
        const step = matchingTimeStep(totp.secret, body.totp_code, at);
        if (step === null || (totp.last_used_step !== null && step <= totp.last_used_step)) {
          const count = (lock && lock.locked_until <= at ? lock.count : 0) + 1;
          failures.set(user.user_id, count >= maxFailed ? { count: 0, locked_until: at + lockoutMs } : { count, locked_until: 0 });
          throw new ApiError(401, 'otp_code_not_found', 'The OTP code could not be found or is incorrect.');
        }
        failures.delete(user.user_id);
        totp.verified = true;
        totp.last_used_step = step;
        const session: StandinSession = existing ?? {
          session_id: id('session'), session_token: crypto.randomUUID(), user_id: user.user_id,
          started_at: at, expires_at: 0, factors: [],
        };
        session.expires_at = at + duration * 60_000;
        session.factors = [...session.factors, {
          type: 'totp', delivery_method: 'authenticator_app', last_authenticated_at: iso(at),
          authenticator_app_factor: { totp_id: totp.totp_id },
        }];
        sessions.set(session.session_token, session);
        return { totp_id: totp.totp_id, user_id: user.user_id, ...sessionAnswer(session) };
      },
    },
    '/v1/totps/recover': {
      fields: ['user_id', 'recovery_code', 'session_token', 'session_duration_minutes', 'session_jwt', 'session_custom_claims', 'telemetry_id'],
      async handle(body) {
        const user = knownUser(body.user_id);
        if (typeof body.recovery_code !== 'string' || body.recovery_code === '') {
          throw new ApiError(400, 'invalid_recovery_code', 'recovery_code must be a non-empty string.');
        }
        const duration = minutes(body.session_duration_minutes, 'session_duration_minutes', 5, 527040, 60);
        const existing = body.session_token === undefined ? undefined : liveSession(body.session_token);
        if (existing && existing.user_id !== user.user_id) throw new ApiError(400, 'session_user_mismatch', 'The session belongs to another user.');
        const at = now();
        const totp = totps.get(user.user_id);
        if (!totp?.verified) throw new ApiError(404, 'totp_not_found', 'TOTP could not be found.');
        const index = totp.recovery_codes.indexOf(body.recovery_code);
        if (index < 0) throw new ApiError(401, 'recovery_code_not_found', 'The recovery code could not be found.');
        totp.recovery_codes.splice(index, 1);
        const session: StandinSession = existing ?? {
          session_id: id('session'), session_token: crypto.randomUUID(), user_id: user.user_id,
          started_at: at, expires_at: 0, factors: [],
        };
        session.expires_at = at + duration * 60_000;
        session.factors = [...session.factors, {
          type: 'recovery_codes', delivery_method: 'recovery_code', last_authenticated_at: iso(at),
          recovery_code_factor: { totp_recovery_code_id: id('totp-recovery-code') },
        }];
        sessions.set(session.session_token, session);
        // Stytch's consumer answer says nothing about the codes left.
        return { totp_id: totp.totp_id, user_id: user.user_id, ...sessionAnswer(session) };
      },
    },
    // Like Stytch's secret-key API, it checks no session and no MFA: that is the bridge's job.
    '/v1/totps/recovery_codes': {
      fields: ['user_id'],
      async handle(body) {
        const user = knownUser(body.user_id);
        const totp = totps.get(user.user_id);
        return {
          user_id: user.user_id,
          // Stytch's backend answer: a list of every TOTP of the user, each with its unused codes.
          totps: totp ? [{ totp_id: totp.totp_id, verified: totp.verified, recovery_codes: [...totp.recovery_codes] }] : [],
        };
      },
    },
  };

  /** The calls on a resource path (`/v1/users/{user_id}`, `/v1/users/totps/{totp_id}`), matched by method and pattern. */
  const resourceRoutes: { method: string; pattern: RegExp; handle(id: string): Record<string, unknown> }[] = [
    {
      method: 'GET',
      pattern: /^\/v1\/users\/([^/]+)$/,
      handle(userId) {
        const { user_id: _id, ...user } = presentUser(knownUser(userId));
        return { user_id: userId, ...user };
      },
    },
    {
      // Takes a TOTP id and nothing else: no user, no session. Whose it is, Stytch does not ask.
      method: 'DELETE',
      pattern: /^\/v1\/users\/totps\/([^/]+)$/,
      handle(totpId) {
        const owner = [...totps.entries()].find(([, totp]) => totp.totp_id === totpId)?.[0];
        if (owner === undefined) throw new ApiError(404, 'totp_not_found', 'TOTP could not be found.');
        totps.delete(owner);
        return { user_id: owner, user: presentUser(knownUser(owner)) };
      },
    },
  ];

  function seedUser(seed: SeedSessionOptions): StandinUser {
    if (seed.user_id !== undefined) {
      if (seed.phoneNumber !== undefined || seed.webauthn) throw new Error('seedSession: MFA methods are for a new user');
      return knownUser(seed.user_id);
    }
    const user: StandinUser = {
      user_id: id('user'), email: seed.email ?? `user-${crypto.randomUUID().slice(0, 8)}@example.com`, created_at: now(),
      phone_numbers: seed.phoneNumber === undefined ? [] : [{ phone_id: id('phone-number'), phone_number: seed.phoneNumber, verified: seed.phoneVerified ?? true }],
      webauthn_registrations: seed.webauthn ? [{
        webauthn_registration_id: id('webauthn-registration'), domain: 'app.example.com', user_agent: 'stand-in',
        verified: true, authenticator_type: 'cross-platform', name: 'Security key',
      }] : [],
    };
    users.set(user.user_id, user);
    return user;
  }

  /** The session factor a successful second login step leaves, in Stytch's shape. */
  function passedFactor(user: StandinUser, kind: NonNullable<SeedSessionOptions['alsoPassed']>): Record<string, unknown> {
    const last_authenticated_at = iso(now());
    if (kind === 'email_otp') {
      return { type: 'otp', delivery_method: 'email', last_authenticated_at, email_factor: { email_address: user.email } };
    }
    if (kind === 'sms') {
      const phone = user.phone_numbers.find((candidate) => candidate.verified);
      if (!phone) throw new Error('seedSession: an SMS factor needs a verified phone number');
      return { type: 'otp', delivery_method: 'sms', last_authenticated_at, phone_number_factor: { phone_id: phone.phone_id, phone_number: phone.phone_number } };
    }
    const registration = user.webauthn_registrations[0];
    if (!registration) throw new Error('seedSession: a WebAuthn factor needs a WebAuthn registration');
    return {
      type: 'webauthn', delivery_method: 'webauthn_registration', last_authenticated_at,
      webauthn_factor: { webauthn_registration_id: registration.webauthn_registration_id, domain: registration.domain, user_agent: registration.user_agent },
    };
  }

  const expectedAuthorization = `Basic ${Buffer.from(`${projectId}:${secret}`).toString('base64')}`;

  async function answer(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string>; scripted?: boolean }> {
    const text = await readBody(req);
    const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      body = text;
    }
    requests.push({ method: req.method ?? '', path, body });
    if (req.headers.authorization !== expectedAuthorization) {
      throw new ApiError(401, 'unauthorized_credentials', 'Unauthorized credentials.');
    }
    const hang = hanging.get(path);
    if (hang) {
      hanging.delete(path);
      req.socket.once('close', hang.closed);
      hang.reached();
      return new Promise(() => {});
    }
    const once = scripted.get(path);
    if (once) {
      scripted.delete(path);
      return { ...once, scripted: true };
    }
    for (const resource of resourceRoutes) {
      const match = resource.pattern.exec(path);
      if (!match || req.method !== resource.method) continue;
      // GET sends no body; DELETE sends `{}` as JSON, and nothing in it is a known field.
      if (req.method === 'DELETE' && (typeof body !== 'object' || body === null || Object.keys(body).length > 0)) {
        throw new ApiError(400, 'bad_request', 'This endpoint takes no body fields.');
      }
      return { status: 200, body: resource.handle(decodeURIComponent(match[1]!)) };
    }
    const route = routes[path];
    if (!route || req.method !== 'POST') throw new ApiError(404, 'route_not_found', 'Not found.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new ApiError(400, 'invalid_content_type', 'Content-Type must be application/json.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'invalid_json', 'Invalid JSON body.');
    const unknownField = Object.keys(body).find((field) => !route.fields.includes(field));
    if (unknownField) throw new ApiError(400, 'bad_request', `Unknown field "${unknownField}".`);
    return { status: 200, body: await route.handle(body as Record<string, unknown>) };
  }

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const request_id = id('request');
    answer(req).then(
      ({ status, body, headers, scripted: asScripted }) =>
        asScripted ? send(res, status, body, headers) : send(res, status, { request_id, status_code: status, ...body as Record<string, unknown> }),
      (error: unknown) => {
        const failure = error instanceof ApiError ? error : new ApiError(500, 'internal_server_error', 'Stand-in failure.');
        if (!(error instanceof ApiError)) console.error('[stytch stand-in]', error);
        send(res, failure.status, {
          status_code: failure.status, request_id, error_type: failure.type, error_message: failure.message,
          error_url: `https://stytch.com/docs/api/errors/${failure.status}#${failure.type}`,
        }, failure.headers);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  if (options.unref) {
    server.unref();
    server.on('connection', (socket) => socket.unref());
  }
  const { port } = server.address() as AddressInfo;
  const dispatcher = new Agent({ connect: { ca: pems.cert } });

  const baseUrl = `https://127.0.0.1:${port}`;
  return {
    baseUrl,
    projectId,
    secret,
    dispatcher,
    bridgeCredentials: { projectId, secret, customBaseUrl: baseUrl, dispatcher },
    requests,
    users,
    totps,
    seedSession(seed = {}) {
      const user = seedUser(seed);
      const session: StandinSession = {
        session_id: id('session'), session_token: `session-token-${crypto.randomUUID()}`, user_id: user.user_id,
        started_at: now(), expires_at: now() + (seed.minutes ?? 60) * 60_000,
        factors: [
          { type: 'email', delivery_method: 'email', last_authenticated_at: iso(now()), email_factor: { email_address: user.email } },
          ...(seed.alsoPassed === undefined ? [] : [passedFactor(user, seed.alsoPassed)]),
        ],
      };
      sessions.set(session.session_token, session);
      return { user_id: user.user_id, session_token: session.session_token };
    },
    answerOnce(path, scriptedAnswer) {
      scripted.set(path, scriptedAnswer);
    },
    hangOnce(path) {
      let reached!: () => void;
      let closed!: () => void;
      const promises = { reached: new Promise<void>((resolve) => { reached = resolve; }), closed: new Promise<void>((resolve) => { closed = resolve; }) };
      hanging.set(path, { reached, closed });
      return promises;
    },
    expireSession(token) {
      const session = sessions.get(token);
      if (session) session.expires_at = now() - 1;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dispatcher.close();
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { text += chunk; });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
