/*
 * Issue 9 §1: what the HTTP client presents to Stytch's SDK API, and where it may send it.
 * The session token comes from the page (property or function) or the Stytch SDK's cookie and
 * travels as `Basic public_token:session_token`; `api-base` is checked before any request.
 */
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { HttpTotpApi, TotpApiError } from '../../src/api/index.js';
import { parseApiBase } from '../../src/api/base-url.js';
import { PUBLIC_TOKEN } from '../support/backend.js';
import { clearStytchCookies, enrollElement, errorText, recordEvents, startButton, waitForState } from '../enroll/harness.js';
import { onlyError } from '../hardening/harness.js';
import { flowStringsFor } from '../../src/elements/enroll/flow/flow-strings.js';
import { startStringsFor } from '../../src/elements/enroll/strings.js';

/** The Authorization header of the one request `api.create` makes (answered by the local backend). */
async function authorizationOf(options: ConstructorParameters<typeof HttpTotpApi>[0]): Promise<string | null> {
  const seen: Request[] = [];
  const api = new HttpTotpApi({
    ...options,
    fetch: (input, init) => { const request = new Request(input, init); seen.push(request); return fetch(request.clone()); },
  });
  await api.create({ expiration_minutes: 60 }).catch(() => undefined);
  expect(seen).to.have.length(1);
  return seen[0]!.headers.get('Authorization');
}

const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

describe('HTTP client: the session token it presents', () => {
  beforeEach(clearStytchCookies);
  afterEach(() => {
    clearStytchCookies();
    document.cookie = 'my_session=; max-age=0; path=/';
  });

  it('reads the stytch_session cookie as the Stytch SDK does and sends public_token:session_token', async () => {
    document.cookie = 'stytch_session=session-from-cookie; path=/';
    expect(await authorizationOf({ publicToken: PUBLIC_TOKEN })).to.equal(basic(PUBLIC_TOKEN, 'session-from-cookie'));
  });

  it('reads the cookie at each request, so a refreshed session is picked up', async () => {
    const api = new HttpTotpApi({ publicToken: PUBLIC_TOKEN, fetch: async (input, init) => {
      seen.push(new Request(input, init).headers.get('Authorization'));
      return new Response('{}', { status: 500 });
    } });
    const seen: (string | null)[] = [];
    document.cookie = 'stytch_session=first; path=/';
    await api.create({ expiration_minutes: 60 }).catch(() => undefined);
    document.cookie = 'stytch_session=second; path=/';
    await api.create({ expiration_minutes: 60 }).catch(() => undefined);
    expect(seen).to.deep.equal([basic(PUBLIC_TOKEN, 'first'), basic(PUBLIC_TOKEN, 'second')]);
  });

  it('session-cookie names another cookie', async () => {
    document.cookie = 'stytch_session=not-this-one; path=/';
    document.cookie = 'my_session=this-one; path=/';
    expect(await authorizationOf({ publicToken: PUBLIC_TOKEN, sessionCookie: 'my_session' })).to.equal(basic(PUBLIC_TOKEN, 'this-one'));
  });

  it('a session token the page hands over (string or function) wins over the cookie', async () => {
    document.cookie = 'stytch_session=from-cookie; path=/';
    expect(await authorizationOf({ publicToken: PUBLIC_TOKEN, sessionToken: 'given' })).to.equal(basic(PUBLIC_TOKEN, 'given'));
    expect(await authorizationOf({ publicToken: PUBLIC_TOKEN, sessionToken: () => 'from-function' })).to.equal(basic(PUBLIC_TOKEN, 'from-function'));
    // A function that has nothing (signed out meanwhile) falls back to the cookie.
    expect(await authorizationOf({ publicToken: PUBLIC_TOKEN, sessionToken: () => null })).to.equal(basic(PUBLIC_TOKEN, 'from-cookie'));
  });

  it('with no readable token it sends public_token:public_token and relies on cookies (HttpOnly setups)', async () => {
    expect(await authorizationOf({ publicToken: PUBLIC_TOKEN })).to.equal(basic(PUBLIC_TOKEN, PUBLIC_TOKEN));
  });

  it('without a public token it sends no Authorization, even when the cookie is readable', async () => {
    document.cookie = 'stytch_session=from-cookie; path=/';
    expect(await authorizationOf({})).to.equal(null);
  });

  it('refuses a session-cookie that is not a cookie name', () => {
    for (const name of ['', 'a b', 'a;b', 'a=b']) {
      expect(() => new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionCookie: name }), name)
        .to.throw(TotpApiError).with.property('error_type', 'invalid_session_cookie');
    }
  });
});

describe('api-base: where requests may go', () => {
  const page = 'https://app.example.com/account/security';
  const accepted: [string, string][] = [
    ['https://api.stytch.com', 'https://api.stytch.com'],
    ['https://login.example.com/', 'https://login.example.com'],
    ['HTTPS://Login.Example.com/stytch/', 'https://login.example.com/stytch'],
    ['http://localhost:8787', 'http://localhost:8787'],
    ['http://127.0.0.1:3000/api', 'http://127.0.0.1:3000/api'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
    ['http://app.localhost:5173', 'http://app.localhost:5173'],
    ['/stytch', 'https://app.example.com/stytch'],
    ['  /stytch/  ', 'https://app.example.com/stytch'],
  ];
  for (const [value, expected] of accepted) {
    it(`accepts ${JSON.stringify(value)} → ${expected}`, () => {
      expect(parseApiBase(value, page)).to.equal(expected);
    });
  }

  const refused = [
    'http://api.stytch.com', 'http://10.0.0.5:8080', 'http://127.0.0.1.evil.example', 'data:text/plain,hi',
    'javascript:alert(1)', '//evil.example', '\\\\evil.example', '/\\evil.example', '/\t/evil.example',
    'https:evil.example', 'https:/evil.example', 'stytch', './stytch', '../stytch', 'ftp://example.com',
    'https://user:pass@api.stytch.com', 'https://api.stytch.com/?x=1', 'https://api.stytch.com/#x', '', ' ',
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)} with invalid_api_base`, () => {
      expect(() => parseApiBase(value, page)).to.throw(TotpApiError).with.property('error_type', 'invalid_api_base');
    });
  }

  it('HttpTotpApi refuses a bad baseUrl when it is made', () => {
    expect(() => new HttpTotpApi({ baseUrl: 'javascript:alert(1)' })).to.throw(TotpApiError);
  });

  describe('in the element', () => {
    let recorder: ReturnType<typeof recordEvents>;
    let fetchSpy: sinon.SinonSpy;
    beforeEach(() => {
      recorder = recordEvents();
      fetchSpy = sinon.spy(window, 'fetch');
    });
    afterEach(() => {
      recorder.stop();
      fetchSpy.restore();
    });

    for (const value of ['data:text/html,x', 'javascript:alert(1)', '//evil.example', 'http://evil.example']) {
      it(`api-base=${JSON.stringify(value)}: a configuration error before any request`, async () => {
        const el = await enrollElement(html`<totp-enroll api-base=${value} public-token=${PUBLIC_TOKEN}></totp-enroll>`);
        startButton(el).click();
        await waitForState(el, 'error');
        expect(onlyError(recorder.events, 'create').error_type).to.equal('invalid_api_base');
        expect(errorText(el)).to.contain('api-base');
        const sdkCalls = fetchSpy.getCalls().filter((call) => String(call.args[0]).includes('/sdk/'));
        expect(sdkCalls).to.have.length(0);
      });
    }
  });
});

describe('locales are looked up by own key only', () => {
  it('the string tables never answer with Object.prototype\'s members', () => {
    for (const lang of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(startStringsFor(lang).start, lang).to.equal('Set up authenticator app');
      expect(flowStringsFor(lang).stepOf, lang).to.be.a('function');
    }
  });

  for (const lang of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`lang="${lang}" renders in English and runs the flow`, async () => {
      const el = await enrollElement(html`<div lang=${lang}><totp-enroll expiration-minutes="60"></totp-enroll></div>`);
      expect(startButton(el).textContent).to.contain('Set up authenticator app');
      startButton(el).click();
      await waitForState(el, 'created');
      expect(el.shadowRoot!.querySelector('[part~="copy-secret"], [part~="copy-button"]')).to.not.equal(null);
    });
  }
});
