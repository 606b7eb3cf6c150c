import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createStytchBridge, type StytchBridge } from '../../../src/server/index.js';
import { startStytchApiStandin, type StytchApiStandin } from '../../support/stytch-api-standin.js';

/*
 * Every session lookup is a Stytch call made with the project secret, so a token that cannot be
 * a Stytch session token is refused by the bridge itself: 401, and Stytch is not asked.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';

describe('bridge: tokens that cannot be Stytch session tokens cost no Stytch call', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  before(async () => {
    standin = await startStytchApiStandin();
    bridge = createStytchBridge({
      ...standin.bridgeCredentials,
    });
  });
  after(() => standin.close());
  beforeEach(() => { standin.requests.length = 0; });

  const post = async (headers: Record<string, string>) => {
    const response = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
      method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}',
    }));
    return { status: response.status, json: await response.json() as any };
  };
  const byCookie = (token: string) => post({ Cookie: `stytch_session=${token}` });
  const byHeader = (token: string) => post({ Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${token}`)}` });
  const lookups = () => standin.requests.filter((r) => r.path === '/v1/sessions/authenticate').length;

  it('an 8,000-character cookie or header token: 401 unauthorized_credentials, no sessions.authenticate', async () => {
    const long = 'A'.repeat(8000);
    for (const answer of [await byCookie(long), await byHeader(long)]) {
      assert.equal(answer.status, 401);
      assert.equal(answer.json.error_type, 'unauthorized_credentials');
      assert.equal(answer.json.error_message, 'The session token is malformed: sign in again.');
    }
    assert.equal(lookups(), 0);
  });

  it('a token with ";", a space, "." or other characters outside base64url: 401, no Stytch call', async () => {
    const good = 'mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q';
    const answers = [
      await byCookie(encodeURIComponent(`${good};x`)),
      await byCookie(`"${good} x"`),
      await byHeader(`${good};x`),
      await byHeader(`${good} x`),
      await byHeader(`${good}.x`),
      await byHeader(`${good}=`),
      await byHeader(`${good}+/`),
      await byHeader(`${good}é`),
    ];
    for (const answer of answers) assert.equal(answer.status, 401);
    assert.equal(lookups(), 0);
  });

  it('under 20 or over 128 characters: 401 without asking; 20 to 128 base64url characters are asked about', async () => {
    for (const token of ['a'.repeat(19), 'a'.repeat(129)]) {
      assert.equal((await byHeader(token)).status, 401, `${token.length}`);
    }
    assert.equal(lookups(), 0);
    for (const token of ['a'.repeat(20), `${'Az09_-'.repeat(21)}xy`, 'mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q']) {
      const answer = await byCookie(token);
      assert.equal(answer.status, 401, 'unknown to Stytch');
      assert.equal(answer.json.error_message, 'The session is unknown or has expired: sign in again.');
    }
    assert.equal(lookups(), 3);
  });

  it('a real session token still works, by cookie and by header', async () => {
    const { user_id, session_token } = standin.seedSession();
    for (const answer of [await byCookie(session_token), await byHeader(session_token)]) {
      assert.equal(answer.status, 200);
      assert.equal(answer.json.data.user_id, user_id);
    }
  });
});
