import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  DEFAULT_SESSION_COOKIE, EXPIRATION_MINUTES, SESSION_DURATION_MINUTES, TotpApiError, parseApiBase,
  parseExpirationMinutes, parseSessionDurationMinutes,
} from '../../../src/api/index.js';
import { assertCookieName, givenSessionToken, readCookie } from '../../../src/api/session-token.js';

/** The TotpApiError `action` throws. */
function thrown(action: () => unknown): TotpApiError {
  try { action(); } catch (error) { assert.ok(error instanceof TotpApiError, String(error)); return error; }
  assert.fail('expected a TotpApiError');
}

describe('parseApiBase', () => {
  const page = 'https://shop.example/account/security';

  it('accepts https URLs, loopback http URLs and paths on the page\'s origin, without trailing slashes', () => {
    const accepted: [string, string][] = [
      ['https://api.example', 'https://api.example'],
      ['  https://api.example/stytch/  ', 'https://api.example/stytch'],
      ['HTTPS://API.example/', 'https://api.example'],
      ['http://localhost:8787/', 'http://localhost:8787'],
      ['http://app.localhost', 'http://app.localhost'],
      ['http://127.0.0.1:9', 'http://127.0.0.1:9'],
      ['http://127.10.0.200', 'http://127.10.0.200'],
      ['http://[::1]:3000', 'http://[::1]:3000'],
      ['/stytch', 'https://shop.example/stytch'],
      ['/stytch//', 'https://shop.example/stytch'],
      // A backslash later in a path is only a path separator on the same origin.
      ['/stytch/\\v1', 'https://shop.example/stytch//v1'],
      ['/', 'https://shop.example'],
    ];
    for (const [value, base] of accepted) assert.equal(parseApiBase(value, page), base, value);
  });

  it('refuses what could send the session elsewhere', () => {
    const refused: [string, RegExp][] = [
      ['http://api.example', /must use https/],
      ['http://127.0.0.1.evil.example', /must use https/],
      ['http://localhost.evil.example', /must use https/],
      // A suffix without its dot is another name: evillocalhost is on the network.
      ['http://evillocalhost', /must use https/],
      ['http://evil-localhost:8080', /must use https/],
      ['http://127.0.0.1a', /must use https/],
      ['data:text/html,x', /must be an https:\/\/ URL/],
      ['javascript:alert(1)', /must be an https:\/\/ URL/],
      ['//evil.example', /must be an https:\/\/ URL/],
      ['\\\\evil.example', /must be an https:\/\/ URL/],
      ['/\\evil.example', /must be an https:\/\/ URL/],
      ['https:evil.example', /must be an https:\/\/ URL/],
      ['https:///evil.example', /must be an https:\/\/ URL/],
      ['stytch', /must be an https:\/\/ URL/],
      ['xhttps://api.example', /must be an https:\/\/ URL/],
      ['ftp://api.example', /must be an https:\/\/ URL/],
      ['/\t/evil.example', /must stay on this site/],
      ['https://user:pw@api.example', /user name or password/],
      ['https://user@api.example', /user name or password/],
      ['https://:pw@api.example', /user name or password/],
      ['https://api.example/?x=1', /query or fragment/],
      ['https://api.example/#x', /query or fragment/],
      ['https://exa mple.com', /not a valid URL/],
    ];
    for (const [value, why] of refused) {
      const error = thrown(() => parseApiBase(value, page));
      assert.equal(error.error_type, 'invalid_api_base', value);
      assert.equal(error.status_code, 0);
      assert.match(error.error_message, why, value);
      assert.ok(error.error_message.startsWith(`api-base ${JSON.stringify(value)} `), error.error_message);
    }
  });

  it('refuses a path where there is no page to be relative to', () => {
    assert.equal(thrown(() => parseApiBase('/stytch', undefined)).error_type, 'invalid_api_base');
  });
});

describe('minutes', () => {
  it('accepts whole numbers and decimal strings within the bounds', () => {
    assert.equal(parseExpirationMinutes(5), 5);
    assert.equal(parseExpirationMinutes(' 1440 '), 1440);
    assert.equal(parseExpirationMinutes('60'), 60);
    assert.equal(parseSessionDurationMinutes(5), 5);
    assert.equal(parseSessionDurationMinutes('527040'), 527040);
    assert.deepEqual(EXPIRATION_MINUTES, { min: 5, max: 1440, default: 60 });
    assert.deepEqual(SESSION_DURATION_MINUTES, { min: 5, max: 527040, default: 60 });
  });

  it('refuses anything else with a message naming the attribute, the range and the value', () => {
    for (const value of [4, 1441, '4', '1441', '1e3', '60.5', 60.5, ' ', '', '0x10', '-60', null, undefined, {}, Number.NaN, '6 0']) {
      const error = thrown(() => parseExpirationMinutes(value));
      assert.equal(error.error_type, 'invalid_expiration', String(value));
      assert.equal(error.status_code, 0);
      assert.match(error.error_message, /^expiration-minutes must be a whole number of minutes from 5 to 1440; got /);
    }
    const error = thrown(() => parseSessionDurationMinutes(527041));
    assert.equal(error.error_type, 'invalid_session_duration');
    assert.equal(error.error_message, 'session-duration-minutes must be a whole number of minutes from 5 to 527040; got 527041.');
    assert.equal(thrown(() => parseSessionDurationMinutes(4)).error_type, 'invalid_session_duration');
    assert.equal(thrown(() => parseSessionDurationMinutes('9007199254740993')).error_type, 'invalid_session_duration');
  });
});

describe('session token', () => {
  const globals = globalThis as { document?: { cookie: string } };
  afterEach(() => { delete globals.document; });

  it('reads the cookie the page\'s script can see, decoded', () => {
    assert.equal(readCookie('stytch_session'), undefined, 'no document: no cookie');
    globals.document = { cookie: 'a=1; xstytch_session=no; flag; stytch_session=tok%20en; b=2' };
    assert.equal(readCookie('stytch_session'), 'tok en');
    assert.equal(readCookie('a'), '1');
    assert.equal(readCookie('flag'), undefined);
    assert.equal(readCookie('missing'), undefined);
    globals.document = { cookie: 'stytch_session=%E0%A4%A; other=x' };
    assert.equal(readCookie('stytch_session'), '%E0%A4%A', 'a value that is not percent-encoding is taken as it is');
    globals.document = { cookie: 'flag; a= spaced ' };
    assert.equal(readCookie('fla'), undefined, 'a pair without "=" names no cookie');
    assert.equal(readCookie('a'), 'spaced');
    globals.document = { cookie: 'stytch_session=; other=x' };
    assert.equal(readCookie('stytch_session'), undefined);
    globals.document = { cookie: 'stytch_session=%' };
    assert.equal(readCookie('stytch_session'), '%');
  });

  it('takes the token given, trimmed; none when it is blank (the cookie is then read, see session-token.test.ts)', () => {
    assert.equal(givenSessionToken(' given '), 'given');
    assert.equal(givenSessionToken(() => ' fn '), 'fn');
    assert.equal(givenSessionToken('  '), undefined);
    assert.equal(givenSessionToken(() => null), undefined);
    assert.equal(givenSessionToken(() => undefined), undefined);
    assert.equal(givenSessionToken(undefined), undefined);
    assert.equal(DEFAULT_SESSION_COOKIE, 'stytch_session', 'the cookie Stytch\'s SDK keeps it in');
  });

  it('accepts cookie names only', () => {
    for (const name of ['stytch_session', "a!#$%&'*+.^_`|~-9Z"]) assert.doesNotThrow(() => assertCookieName(name));
    for (const name of ['', 'a b', 'a=b', 'a;b', 'ä', ' a', 'a ']) {
      const error = thrown(() => assertCookieName(name));
      assert.equal(error.error_type, 'invalid_session_cookie');
      assert.equal(error.error_message, `session-cookie ${JSON.stringify(name)} is not a cookie name.`);
    }
  });
});
