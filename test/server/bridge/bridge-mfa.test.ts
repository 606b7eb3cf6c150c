import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as OTPAuth from 'otpauth';
import {
  createStytchBridge,
  defaultSecondFactorRule,
  type CredentialsBridgeOptions,
  type SecondFactorRuleContext,
  type StytchBackendClient,
  type StytchBridge,
} from '../../../src/server/index.js';
import { startStytchApiStandin, type SeedSessionOptions, type StytchApiStandin } from '../../support/stytch-api-standin.js';

/*
 * Stytch's MFA rule in the bridge, with the real `stytch` package against the TLS stand-in.
 * The bridge calls the secret-key `totps.create`, which checks no session: without the rule, a
 * stolen password session of a user whose second factor is SMS or WebAuthn could enroll its own
 * authenticator and then make itself two-factor with the following Authenticate.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';

async function create(bridge: StytchBridge, session_token: string) {
  const response = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session_token}`)}` },
    body: JSON.stringify({ expiration_minutes: 30 }),
  }));
  return { status: response.status, json: await response.json() as any };
}

async function authenticate(bridge: StytchBridge, session_token: string, secret: string) {
  const totp_code = OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret) });
  const response = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps/authenticate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session_token}`)}` },
    body: JSON.stringify({ totp_code, session_duration_minutes: 60 }),
  }));
  return { status: response.status, json: await response.json() as any };
}

describe('bridge: Stytch\'s MFA rule before Create', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  const bridgeOptions = (extra: Partial<CredentialsBridgeOptions> = {}): CredentialsBridgeOptions => ({
    ...standin.bridgeCredentials,
    log: () => {}, ...extra,
  });
  const stytchCalls = () => standin.requests.map((r) => r.path);

  before(async () => {
    standin = await startStytchApiStandin();
    bridge = createStytchBridge(bridgeOptions());
  });
  after(() => standin.close());
  beforeEach(() => { standin.requests.length = 0; });

  /** 403 in Stytch's shape, and Stytch was asked who the session is but never to create. */
  function assertRefusedBeforeStytchCreate(answer: { status: number; json: any }, user_id: string) {
    assert.equal(answer.status, 403, JSON.stringify(answer.json));
    assert.deepEqual(Object.keys(answer.json).sort(), ['error_message', 'error_type', 'error_url', 'request_id', 'status_code']);
    assert.equal(answer.json.status_code, 403);
    assert.equal(answer.json.error_type, 'insufficient_session_factors');
    assert.match(answer.json.error_message, /another MFA method/);
    assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate'], 'no /v1/totps request reached Stytch');
    assert.equal(standin.totps.has(user_id), false);
  }

  it('refuses Create to a one-factor session of a user with a verified SMS phone, before asking Stytch to create', async () => {
    const { user_id, session_token } = standin.seedSession({ phoneNumber: '+15005550006' });
    assertRefusedBeforeStytchCreate(await create(bridge, session_token), user_id);
  });

  it('refuses Create to a one-factor session of a user with a WebAuthn registration', async () => {
    const { user_id, session_token } = standin.seedSession({ webauthn: true });
    assertRefusedBeforeStytchCreate(await create(bridge, session_token), user_id);
  });

  it('refuses Create to a new password-only session of a user whose TOTP is verified (a stolen first factor re-enrolling)', async () => {
    const first = standin.seedSession();
    const created = await create(bridge, first.session_token);
    assert.equal((await authenticate(bridge, first.session_token, created.json.data.secret)).status, 200);
    const stolen = standin.seedSession({ user_id: first.user_id });
    standin.requests.length = 0;
    const answer = await create(bridge, stolen.session_token);
    assert.equal(answer.status, 403);
    assert.equal(answer.json.error_type, 'insufficient_session_factors');
    assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate']);
    assert.equal(standin.totps.get(first.user_id)?.totp_id, created.json.data.totp_id, 'the verified TOTP is untouched');
  });

  it('does not count an e-mail OTP in the session as a second factor (Stytch files it with magic links)', async () => {
    const { user_id, session_token } = standin.seedSession({ phoneNumber: '+15005550006', alsoPassed: 'email_otp' });
    assertRefusedBeforeStytchCreate(await create(bridge, session_token), user_id);
  });

  it('allows Create for a user with no other MFA method, and with only an unverified phone', async () => {
    for (const seed of [{}, { phoneNumber: '+15005550006', phoneVerified: false }] satisfies SeedSessionOptions[]) {
      standin.requests.length = 0;
      const { user_id, session_token } = standin.seedSession(seed);
      const answer = await create(bridge, session_token);
      assert.equal(answer.status, 200, JSON.stringify(answer.json));
      assert.equal(answer.json.data.user_id, user_id);
      assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate', '/v1/totps']);
    }
  });

  it('allows Create to a session that passed a second factor (SMS, WebAuthn), and the new TOTP verifies', async () => {
    for (const seed of [{ phoneNumber: '+15005550006', alsoPassed: 'sms' }, { webauthn: true, alsoPassed: 'webauthn' }] satisfies SeedSessionOptions[]) {
      standin.requests.length = 0;
      const { user_id, session_token } = standin.seedSession(seed);
      const answer = await create(bridge, session_token);
      assert.equal(answer.status, 200, `${JSON.stringify(seed)}: ${JSON.stringify(answer.json)}`);
      assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate', '/v1/totps']);
      assert.equal((await authenticate(bridge, session_token, answer.json.data.secret)).status, 200);
      assert.equal(standin.totps.get(user_id)?.verified, true);
    }
  });

  describe('the secondFactorRule hook replaces the rule', () => {
    it('receives the action, Stytch\'s user and Stytch\'s session', async () => {
      const seen: SecondFactorRuleContext<any, any>[] = [];
      const hooked = createStytchBridge(bridgeOptions({ secondFactorRule: (context) => { seen.push(context); return true; } }));
      const { user_id, session_token } = standin.seedSession({ phoneNumber: '+15005550006' });
      assert.equal((await create(hooked, session_token)).status, 200);
      assert.equal(seen.length, 1);
      assert.equal(seen[0].action, 'totp.create');
      assert.equal(seen[0].user.user_id, user_id);
      assert.deepEqual(seen[0].user.phone_numbers.map((phone: { verified: boolean }) => phone.verified), [true]);
      assert.equal(seen[0].session.user_id, user_id);
      assert.deepEqual(seen[0].session.authentication_factors.map((f: { delivery_method: string }) => f.delivery_method), ['email']);
    });

    it('loosens: a rule returning true lets a one-factor session of an SMS user create', async () => {
      const loose = createStytchBridge(bridgeOptions({ secondFactorRule: () => true }));
      const { session_token } = standin.seedSession({ phoneNumber: '+15005550006' });
      const answer = await create(loose, session_token);
      assert.equal(answer.status, 200);
      assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate', '/v1/totps']);
    });

    it('tightens: a rule returning false (or anything but true) refuses a user the default would allow, before Stytch creates', async () => {
      for (const verdict of [false, undefined]) {
        standin.requests.length = 0;
        const strict = createStytchBridge(bridgeOptions({ secondFactorRule: () => verdict as unknown as boolean }));
        const { user_id, session_token } = standin.seedSession();
        const answer = await create(strict, session_token);
        assert.equal(answer.status, 403, String(verdict));
        assert.equal(answer.json.error_type, 'insufficient_session_factors');
        assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate']);
        assert.equal(standin.totps.has(user_id), false);
      }
    });

    it('composes with the exported default rule', async () => {
      const noNewDomain = createStytchBridge(bridgeOptions({
        secondFactorRule: (context) => defaultSecondFactorRule(context) && !context.user.emails.some((e) => e.email.endsWith('@blocked.example')),
      }));
      const blocked = standin.seedSession({ email: 'ada@blocked.example' });
      assert.equal((await create(noNewDomain, blocked.session_token)).status, 403);
      const sms = standin.seedSession({ phoneNumber: '+15005550006' });
      assert.equal((await create(noNewDomain, sms.session_token)).status, 403, 'the default rule still applies');
      const plain = standin.seedSession();
      assert.equal((await create(noNewDomain, plain.session_token)).status, 200);
    });
  });
});

describe('bridge: a client whose sessions.authenticate answers without the user', () => {
  it('fails Create with 500 (logged) rather than treat the user as having no MFA method, and never creates', async () => {
    const calls: string[] = [];
    const lines: string[] = [];
    const client = {
      sessions: { authenticate: async () => { calls.push('sessions.authenticate'); return { session: { user_id: 'user-test-1', authentication_factors: [] } }; } },
      totps: { create: async () => { calls.push('totps.create'); return {}; } },
    } as unknown as StytchBackendClient;
    const answer = await create(createStytchBridge({ client, log: (line) => lines.push(line) }), 'session-token-test-0001');
    assert.equal(answer.status, 500);
    assert.equal(answer.json.error_type, 'internal_server_error');
    assert.deepEqual(calls, ['sessions.authenticate']);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /without the user/);
  });
});
