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

describe('a session cookie name that appears twice (cookie tossing)', () => {
  let warnings: string[];
  const realWarn = console.warn;
  beforeEach(() => { warnings = []; console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); }; });
  afterEach(() => { console.warn = realWarn; });

  // Each test uses its own cookie name: the warning is once per name and page (module).
  it('reads no token rather than pick one, and warns once without either value', async () => {
    // A sibling subdomain (or an attacker's script on one) can set `stytch_session` for the whole
    // site: the browser then sends both, and the page cannot tell which is the victim's.
    setCookies('stytch_session=ATTACKER; theme=dark; stytch_session=VICTIM');
    assert.equal(readCookie('stytch_session'), undefined);
    assert.equal(await sentCredentials({}), 'public-token-test-x:public-token-test-x');
    assert.equal(await sentCredentials({}), 'public-token-test-x:public-token-test-x');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /"stytch_session".*twice|twice.*"stytch_session"/);
    assert.doesNotMatch(warnings[0]!, /ATTACKER|VICTIM/);
  });

  it('counts a duplicate whatever its value: an empty or equal second cookie refuses too', () => {
    setCookies('dup_a=X; dup_a=X');
    assert.equal(readCookie('dup_a'), undefined);
    setCookies('dup_b=X; dup_b=');
    assert.equal(readCookie('dup_b'), undefined);
    setCookies(' dup_c=X;dup_c=Y');
    assert.equal(readCookie('dup_c'), undefined);
  });

  it('a token the page hands over is still sent: it does not come from the cookies', async () => {
    setCookies('dup_given=ATTACKER; dup_given=VICTIM');
    assert.equal(await sentCredentials({ sessionCookie: 'dup_given', sessionToken: 'given' }), 'public-token-test-x:given');
  });

  it('other cookies with the name inside theirs are no duplicate', () => {
    setCookies('stytch_session_jwt=JWT; xstytch_session=X; stytch_session=TOKEN');
    assert.equal(readCookie('stytch_session'), 'TOKEN');
  });
});
