import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { HttpTotpApi, type HttpTotpApiOptions } from '../../../src/api/index.js';
import { readCookie } from '../../../src/api/session-token.js';

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

// Inside one describe: Stryker loads every test/api/node suite into one process, where a top-level
// hook would give every other file's tests this fake page too.
describe('the session token the HTTP client presents', () => {
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
      assert.equal(warnings.length, 3, 'one warning per cookie name');
      assert.match(warnings[0]!, /"dup_a".*planted by another subdomain.*sessionToken property/);
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

  describe('where a token read from a cookie may go', () => {
    const TOKEN = 'public-token-test-x:COOKIE-TOKEN';
    const NONE = 'public-token-test-x:public-token-test-x';
    let warnings: string[];
    const realWarn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
      setCookies('stytch_session=COOKIE-TOKEN; theme=dark');
    });
    afterEach(() => { console.warn = realWarn; });

    for (const baseUrl of [
      undefined, '/stytch', 'https://shop.example', 'https://shop.example/stytch', 'https://SHOP.example:443/x',
      'https://api.stytch.com', 'https://test.stytch.com/', 'https://api.stytch.com:443',
      'http://localhost:8787', 'http://app.localhost', 'http://127.0.0.1:9', 'http://127.10.0.200', 'http://[::1]:3000',
    ]) {
      it(`goes to ${baseUrl ?? 'the page\'s origin (api-base unset)'}`, async () => {
        assert.equal(await sentCredentials(baseUrl === undefined ? {} : { baseUrl }), TOKEN);
        assert.deepEqual(warnings, []);
      });
    }

    // Hosts next to the allowed ones: a check by suffix, prefix or host alone would let each through.
    for (const baseUrl of [
      'https://evil.example', 'https://shop.example.evil.example', 'https://evilshop.example', 'https://sub.shop.example',
      'https://shop.example:8443', 'https://stytch.com', 'https://evilapi.stytch.com', 'https://api.stytch.com.evil.example',
      'https://api-stytch.com', 'https://test.stytch.com:8443', 'https://login.stytch.com', 'https://localhost.evil.example',
      'https://127.0.0.1.evil.example', 'https://notlocalhost', 'https://127.0.0.1.nip.io',
    ]) {
      it(`does not go to ${baseUrl}: public_token:public_token instead, and one warning naming trustedApiOrigins`, async () => {
        assert.equal(await sentCredentials({ baseUrl }), NONE);
        assert.equal(await sentCredentials({ baseUrl }), NONE);
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0]!, /trustedApiOrigins/);
        assert.ok(warnings[0]!.includes(new URL(baseUrl).origin), warnings[0]);
        assert.match(warnings[0]!, /"stytch_session" cookie.*https:\/\/api\.stytch\.com, https:\/\/test\.stytch\.com.*no attribute.*sessionToken property/);
        assert.doesNotMatch(warnings[0]!, /COOKIE-TOKEN/);
      });
    }

    it('session-cookie set to another readable cookie does not carry it off either', async () => {
      assert.equal(await sentCredentials({ baseUrl: 'https://theme-thief.example', sessionCookie: 'theme' }), NONE);
      assert.equal(await sentCredentials({ sessionCookie: 'theme' }), 'public-token-test-x:dark', 'to the page\'s own origin it may');
    });

    it('goes to an origin the page trusts through trustedApiOrigins, and only there', async () => {
      const trustedApiOrigins = ['https://auth.example.com', 'https://Login.Example.org:8443/', '  https://padded.example  '];
      assert.equal(await sentCredentials({ baseUrl: 'https://auth.example.com/stytch', trustedApiOrigins }), TOKEN);
      assert.equal(await sentCredentials({ baseUrl: 'https://login.example.org:8443', trustedApiOrigins }), TOKEN);
      assert.equal(await sentCredentials({ baseUrl: 'https://padded.example', trustedApiOrigins }), TOKEN);
      assert.equal(await sentCredentials({ baseUrl: 'https://login.example.org', trustedApiOrigins }), NONE);
      assert.equal(await sentCredentials({ baseUrl: 'https://other.example.com', trustedApiOrigins }), NONE);
      assert.equal(await sentCredentials({ baseUrl: 'https://example.com', trustedApiOrigins }), NONE);
    });

    it('a token the page hands over by sessionToken is its own choice and goes to the api-base it set', async () => {
      assert.equal(await sentCredentials({ baseUrl: 'https://own-api.example', sessionToken: 'GIVEN' }), 'public-token-test-x:GIVEN');
      assert.equal(await sentCredentials({ baseUrl: 'https://own-api.example', sessionToken: () => 'GIVEN' }), 'public-token-test-x:GIVEN');
      assert.equal(await sentCredentials({ baseUrl: 'https://own-api.example', sessionToken: () => null }), NONE);
    });

    it('is checked at each request: a cookie that appears later is refused as well', async () => {
      setCookies('');
      let authorization = '';
      const api = new HttpTotpApi({
        baseUrl: 'https://later.example', publicToken: 'p',
        fetch: async (_url, init) => {
          authorization = Buffer.from((new Headers(init?.headers).get('Authorization') ?? '').slice(6), 'base64').toString();
          return new Response('{}', { status: 500 });
        },
      });
      await api.create({ expiration_minutes: 60 }).catch(() => undefined);
      assert.equal(authorization, 'p:p');
      assert.deepEqual(warnings, [], 'nothing was held back: no warning');
      setCookies('stytch_session=COOKIE-TOKEN');
      await api.create({ expiration_minutes: 60 }).catch(() => undefined);
      assert.equal(authorization, 'p:p');
      assert.equal(warnings.length, 1);
    });

    for (const entry of [
      'auth.example.com', 'https://auth.example.com/stytch', 'https://auth.example.com?x', 'https://*.example.com', '*', 'null',
      'http://auth.example.com', 'https://user@auth.example.com', 'javascript:alert(1)', '', 'https://', 42,
      'ftp://localhost', 'ws://127.0.0.1:9', 'https://auth.example.com*', 'https://auth.example.com:443x', null,
    ]) {
      it(`trustedApiOrigins refuses ${JSON.stringify(entry)} when the client is made`, () => {
        assert.throws(() => new HttpTotpApi({ trustedApiOrigins: [entry as string] }), (error: { error_type?: string; error_message?: string }) =>
          error.error_type === 'invalid_trusted_api_origins' && (error.error_message ?? '').includes('trustedApiOrigins')
          && /no path, no wildcard/.test(error.error_message ?? ''));
      });
    }

    it('trustedApiOrigins must be a list: one string would be read letter by letter', () => {
      assert.throws(() => new HttpTotpApi({ trustedApiOrigins: 'https://auth.example.com' as unknown as string[] }),
        (error: { error_type?: string }) => error.error_type === 'invalid_trusted_api_origins');
      for (const notAList of ['', {}, new Set(['https://auth.example.com'])]) {
        assert.throws(() => new HttpTotpApi({ trustedApiOrigins: notAList as unknown as string[] }),
          (error: { error_type?: string }) => error.error_type === 'invalid_trusted_api_origins', String(notAList));
      }
      assert.doesNotThrow(() => new HttpTotpApi({ trustedApiOrigins: ['http://localhost:8787', 'https://[2001:db8::1]:8443'] }));
      assert.doesNotThrow(() => new HttpTotpApi({ trustedApiOrigins: null as unknown as string[] }), 'null: none, as a page clears it');
      assert.doesNotThrow(() => new HttpTotpApi({ trustedApiOrigins: [] }));
    });
  });
});
