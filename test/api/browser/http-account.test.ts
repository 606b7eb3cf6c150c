import { expect } from '@open-wc/testing';
import { HttpTotpApi, TotpApiError, type User, type UserTotp } from '../../../src/api/index.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../../support/backend.js';

/*
 * The HTTP client's calls about an enrolled user (getUser, recoveryCodes, deleteTotp) from the page,
 * over real HTTP: against the local backend on this origin, and against the Stytch bridge
 * (test/support/bridge-rig.ts: the real `stytch` package → the TLS stand-in for Stytch's API).
 */

const BRIDGE_PUBLIC_TOKEN = 'public-token-test-bridge';

async function failure(action: () => Promise<unknown>): Promise<TotpApiError> {
  try {
    await action();
  } catch (error) {
    expect(error).to.be.instanceOf(TotpApiError);
    return error as TotpApiError;
  }
  throw new Error('expected a TotpApiError, but the call succeeded');
}

interface Backend {
  name: string;
  baseUrl: string;
  publicToken: string;
  /** A fresh user signed in by e-mail only, or a new e-mail-only session of `userId`. */
  signIn(userId?: string): Promise<{ user_id: string; session_token: string }>;
  /** Who a request without a session is: nobody (`null`), or the test backend's demo user. */
  anonymous: string | null;
  /** The Stytch calls the backend made so far, where it makes any (the bridge). */
  stytchCalls?(): Promise<string[]>;
}

const backends: Backend[] = [
  {
    name: 'the local backend',
    baseUrl: location.origin,
    publicToken: PUBLIC_TOKEN,
    anonymous: 'user-test-local-demo', // the test runner's backend has `demoUser: true`
    signIn: async (userId) => (userId === undefined
      ? newSession()
      : (await fetch(`/__test__/session?user_id=${encodeURIComponent(userId)}`, { method: 'POST' })).json()),
  },
  {
    name: 'the Stytch bridge',
    baseUrl: `${location.origin}/bridge`,
    publicToken: BRIDGE_PUBLIC_TOKEN,
    anonymous: null,
    signIn: async (userId) =>
      (await fetch(`/__test__/bridge/session${userId === undefined ? '' : `?user_id=${encodeURIComponent(userId)}`}`, { method: 'POST' })).json(),
    stytchCalls: async () => (await fetch('/__test__/bridge/calls')).json(),
  },
];

const totpsOf = (user: User | null) => ((user?.totps ?? []) as UserTotp[]).map(({ totp_id, verified }) => ({ totp_id, verified }));

for (const backend of backends) {
  describe(`HttpTotpApi: the enrolled user, against ${backend.name}`, () => {
    const client = (session_token: string) =>
      new HttpTotpApi({ baseUrl: backend.baseUrl, publicToken: backend.publicToken, sessionToken: () => session_token });

    async function enrolled() {
      const { user_id, session_token } = await backend.signIn();
      const api = client(session_token);
      const created = await api.create({ expiration_minutes: 60 });
      await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
      return { api, user_id, created };
    }

    it('getUser: the signed-in user with no TOTP, then with the verified one; null for nobody (or the demo user)', async () => {
      const { user_id, session_token } = await backend.signIn();
      const api = client(session_token);
      const before = await api.getUser();
      expect(before?.user_id).to.equal(user_id);
      expect(totpsOf(before)).to.deep.equal([]);
      const created = await api.create({ expiration_minutes: 60 });
      await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
      expect(totpsOf(await api.getUser())).to.deep.equal([{ totp_id: created.totp_id, verified: true }]);
      const nobody = new HttpTotpApi({ baseUrl: backend.baseUrl, publicToken: backend.publicToken, sessionToken: () => undefined });
      expect((await nobody.getUser())?.user_id ?? null).to.equal(backend.anonymous);
    });

    it('recoveryCodes: refused to a one-factor session before any code is read, listed after the TOTP step-up', async () => {
      const { user_id, session_token } = await backend.signIn();
      const api = client(session_token);
      const created = await api.create({ expiration_minutes: 60 });
      const callsBefore = (await backend.stytchCalls?.())?.length;
      const refused = await failure(() => api.recoveryCodes());
      expect(refused.status_code).to.equal(403);
      expect(refused.error_type).to.equal('insufficient_session_factors');
      if (backend.stytchCalls) {
        const calls = (await backend.stytchCalls()).slice(callsBefore);
        expect(calls, 'Stytch was never asked for the codes').to.deep.equal(['/v1/sessions/authenticate']);
      }
      await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
      const codes = await api.recoveryCodes();
      expect(codes.user_id).to.equal(user_id);
      expect(codes.totp_id).to.equal(created.totp_id);
      expect(codes.recovery_codes).to.deep.equal(created.recovery_codes);
    });

    it('deleteTotp: removes the stepped-up user\'s TOTP; the user has none, and can set one up again', async () => {
      const { api, user_id, created } = await enrolled();
      const removed = await api.deleteTotp(created.totp_id);
      expect(removed.user_id).to.equal(user_id);
      expect(totpsOf(removed.user)).to.deep.equal([]);
      expect(totpsOf(await api.getUser())).to.deep.equal([]);
      expect((await api.create({ expiration_minutes: 60 })).totp_id).not.to.equal(created.totp_id);
    });

    it('deleteTotp: a one-factor session of the user is refused 403 and the TOTP stays', async () => {
      const { user_id, created } = await enrolled();
      const oneFactor = await backend.signIn(user_id); // a later e-mail login of the same user
      const refused = await failure(() => client(oneFactor.session_token).deleteTotp(created.totp_id));
      expect(refused.status_code).to.equal(403);
      expect(refused.error_type).to.equal('insufficient_session_factors');
      expect(totpsOf(await client(oneFactor.session_token).getUser())).to.deep.equal([{ totp_id: created.totp_id, verified: true }]);
    });

    it('deleteTotp: another user\'s TOTP is 404 totp_not_found and stays', async () => {
      const victim = await enrolled();
      const attacker = await enrolled();
      const refused = await failure(() => attacker.api.deleteTotp(victim.created.totp_id));
      expect(refused.status_code).to.equal(404);
      expect(refused.error_type).to.equal('totp_not_found');
      expect(totpsOf(await victim.api.getUser())).to.deep.equal([{ totp_id: victim.created.totp_id, verified: true }]);
    });
  });
}
