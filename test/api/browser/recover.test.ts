import { expect } from '@open-wc/testing';
import { HttpTotpApi, TotpApiError, validateRecoverResponse } from '../../../src/api/index.js';
import { fixtureBase } from '../../support/backend.js';

/* TotpApi.recover over HTTP: the request Stytch's SDK sends, and the answer validated like the others. */
const answer = {
  request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' },
  session_token: 'tok', session_jwt: 'jwt',
};

async function rejection(promise: Promise<unknown>): Promise<TotpApiError> {
  try { await promise; } catch (error) { return error as TotpApiError; }
  throw new Error('resolved');
}

describe('TotpApi.recover', () => {
  it('HttpTotpApi posts {recovery_code, session_duration_minutes} to /sdk/v1/totps/recover and surfaces __user as user', async () => {
    const base = await fixtureBase({ body: JSON.stringify({ data: { ...answer, user: undefined, __user: { user_id: 'u' }, recovery_codes_remaining: 4 } }) });
    const seen: { url: string; body: string }[] = [];
    const api = new HttpTotpApi({ baseUrl: base, fetch: (url, init) => { seen.push({ url: String(url), body: String(init?.body) }); return fetch(url, init); } });
    const result = await api.recover({ recovery_code: 'abcd-efgh-2345', session_duration_minutes: 30 });
    expect(seen[0]!.url).to.equal(`${base}/sdk/v1/totps/recover`);
    expect(JSON.parse(seen[0]!.body)).to.deep.equal({ recovery_code: 'abcd-efgh-2345', session_duration_minutes: 30 });
    expect(result.user.user_id).to.equal('u');
    expect(result.recovery_codes_remaining).to.equal(4);
  });

  it('validates the answer: a session is required; a count, when sent, is a whole number from 0 to 50', async () => {
    expect(validateRecoverResponse(answer).recovery_codes_remaining).to.equal(undefined);
    expect(validateRecoverResponse({ ...answer, recovery_codes_remaining: 0 }).recovery_codes_remaining).to.equal(0);
    for (const bad of [-1, 2.5, '3', 51, true]) {
      expect(() => validateRecoverResponse({ ...answer, recovery_codes_remaining: bad }), String(bad)).to.throw(TotpApiError, /recovery_codes_remaining/);
    }
    expect(() => validateRecoverResponse({ ...answer, session: undefined })).to.throw(TotpApiError, /session/);
    const base = await fixtureBase({ body: JSON.stringify({ data: { ...answer, recovery_codes_remaining: -3 } }) });
    expect((await rejection(new HttpTotpApi({ baseUrl: base }).recover({ recovery_code: 'x', session_duration_minutes: 60 }))).error_type).to.equal('invalid_response');
  });
});
