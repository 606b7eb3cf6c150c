import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { HttpTotpApi, type HttpTotpApiOptions } from '../../src/api/index.js';
import { readCookie } from '../../src/api/session-token.js';

/*
 * Which session token the HTTP client presents, and to whom: the cookie it reads must be the
 * one cookie of that exact name, and a token read from a cookie goes only where it may.
 * A page (`location`) and its cookies (`document.cookie`) are stubbed; requests go to a stub
 * fetch that records the Authorization header and answers an error (nothing else matters here).
 */

const PAGE = { href: 'https://shop.example/account/security', origin: 'https://shop.example' };
const globals = globalThis as { document?: { cookie: string }; location?: typeof PAGE };

function setCookies(cookie: string): void {
  globals.document = { cookie };
}

/** What `Basic …` carried, decoded: `public_token:secret_part`. */
async function sentCredentials(options: HttpTotpApiOptions): Promise<string> {
  let authorization = '';
  const api = new HttpTotpApi({
    publicToken: 'public-token-test-x',
    ...options,
    fetch: async (_url, init) => {
      authorization = new Headers(init?.headers).get('Authorization') ?? '';
      return new Response(JSON.stringify({ status_code: 401, error_type: 'unauthorized_credentials', error_message: 'no' }),
        { status: 401, headers: { 'Content-Type': 'application/json' } });
    },
  });
  await api.create({ expiration_minutes: 60 }).catch(() => undefined);
  assert.match(authorization, /^Basic /);
  return Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8');
}

beforeEach(() => { globals.location = PAGE; });
afterEach(() => { delete globals.document; delete globals.location; });

describe('the session cookie is matched by its whole name', () => {
  it('skips stytch_session_jwt (which Stytch\'s SDK sets beside stytch_session) and reads stytch_session', async () => {
    setCookies('stytch_session_jwt=JWT; stytch_session=TOKEN');
    assert.equal(readCookie('stytch_session'), 'TOKEN');
    assert.equal(await sentCredentials({}), 'public-token-test-x:TOKEN');
  });

  it('reads nothing when only a cookie whose name extends the wanted one is there', async () => {
    setCookies('stytch_session_jwt=JWT; stytch_sessions=S');
    assert.equal(readCookie('stytch_session'), undefined);
    assert.equal(await sentCredentials({}), 'public-token-test-x:public-token-test-x');
  });
});
