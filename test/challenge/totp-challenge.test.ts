import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../support/german.js';
import { mountElement, pageWith } from '../support/element-harness.js';
import { TotpApiError, TotpAuthenticatedEvent, TotpErrorEvent, UserChangeEvent, type TotpApi, type TotpChallenge } from '../../src/challenge.js';
import { fixtureBase, newSession, wrongCode } from '../support/backend.js';
import {
  announcement, challengeElement, clearStytchCookies, codeField, enrolledUser, enter, errorText, methodButton, nextCode, resultHeading,
  recordEvents, statusText, submitButton, typeCode, useRecoveryCode, waitForState,
} from './harness.js';

describe('<totp-challenge>', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => { recorder.stop(); clearStytchCookies(); });

  it('accepts the code from the app (HTTP client, session from the stytch_session cookie): totp-authenticated with a session', async () => {
    const user = await enrolledUser();
    document.cookie = `stytch_session=${user.session_token}; path=/`;
    const el = await challengeElement();
    expect(el.state).to.equal('ready');
    expect(codeField(el).autocomplete).to.equal('one-time-code');
    await typeCode(el, nextCode(user.secret)); // the sixth digit submits
    await waitForState(el, 'verified');
    const [event] = recorder.of('totp-authenticated') as TotpAuthenticatedEvent[];
    expect(event).to.be.instanceOf(TotpAuthenticatedEvent);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail.method).to.equal('totp');
    expect(event!.detail.user_id).to.equal(user.user_id);
    expect(event!.detail.session_token).to.equal(user.session_token, 'the same session, now with its second factor');
    expect(event!.detail.session_jwt).to.be.a('string').and.not.equal('');
    const factors = event!.detail.session.authentication_factors as { type: string }[];
    expect(factors.map((f) => f.type)).to.include.members(['magic_link', 'totp']);
    const [change] = recorder.of('user-change') as UserChangeEvent[];
    expect(change!.detail.user?.user_id).to.equal(user.user_id);
    expect(statusText(el)).to.contain('You’re signed in');
    expect(el.getAttribute('state')).to.equal('verified');
  });

  it('takes the same input as enrollment: spaces and dashes, submit on the sixth digit, Enter with fewer says what is missing', async () => {
    const user = await enrolledUser();
    const el = await challengeElement();
    el.sessionToken = user.session_token;
    await enter(el, '12 3');
    expect(errorText(el)).to.contain('Enter the 6 digits');
    expect(codeField(el).getAttribute('aria-invalid')).to.equal('true');
    const code = nextCode(user.secret);
    await typeCode(el, `${code.slice(0, 3)}-${code.slice(3)}`);
    await waitForState(el, 'verified');
  });

  it('a wrong code: a message, totp-error (authenticate), the field selected; from the second miss a hint at the clock', async () => {
    const user = await enrolledUser();
    const el = await challengeElement();
    el.sessionToken = user.session_token;
    await typeCode(el, wrongCode(user.secret));
    await waitUntil(() => errorText(el) !== '', 'no error shown');
    expect(el.state).to.equal('ready');
    expect(errorText(el)).to.contain('That code didn’t work');
    expect(errorText(el)).not.to.contain('clock');
    const [failure] = recorder.of('totp-error') as TotpErrorEvent[];
    expect(failure!.detail.step).to.equal('authenticate');
    expect(failure!.detail.error).to.be.instanceOf(TotpApiError);
    expect(failure!.detail.error.error_type).to.equal('otp_code_not_found');
    await waitUntil(() => announcement(el).includes('That code didn’t work'), 'not announced');
    await typeCode(el, wrongCode(user.secret));
    await waitUntil(() => errorText(el).includes('clock'), 'no clock hint');
    expect(recorder.of('totp-authenticated')).to.have.length(0);
  });

  it('locks out after too many wrong codes (429 + Retry-After) with a live countdown, Verify disabled', async () => {
    const user = await enrolledUser();
    const el = await challengeElement();
    el.sessionToken = user.session_token;
    for (let i = 0; i < 6 && !submitButton(el).disabled; i++) {
      const before = recorder.of('totp-error').length;
      await typeCode(el, wrongCode(user.secret));
      await waitUntil(() => recorder.of('totp-error').length > before, 'no answer');
      await el.updateComplete;
    }
    const last = (recorder.of('totp-error') as TotpErrorEvent[]).at(-1)!;
    expect(last.detail.error.status_code).to.equal(429);
    expect(submitButton(el).disabled).to.equal(true);
    const first = errorText(el);
    expect(first).to.match(/Too many attempts\. Try again in \d+ seconds\./);
    await waitUntil(() => errorText(el) !== first && /Try again in \d+ seconds/.test(errorText(el)), 'the countdown did not move', { timeout: 3000 });
    // Even the right code is not sent while locked out.
    await typeCode(el, nextCode(user.secret));
    expect(el.state).to.equal('ready');
  });

  it('after the lockout ends Verify comes back and "You can try again now" is announced', async () => {
    const base = await fixtureBase({
      status: 429, headers: { 'Retry-After': '1' },
      body: JSON.stringify({ status_code: 429, error_type: 'too_many_requests', error_message: 'Too many requests.', request_id: 'r' }),
    });
    const el = await challengeElement(html`<totp-challenge api-base=${base}></totp-challenge>`);
    await typeCode(el, '123456');
    await waitUntil(() => submitButton(el).disabled, 'not locked');
    expect(errorText(el)).to.contain('Try again in 1 seconds');
    await waitUntil(() => !submitButton(el).disabled, 'never unlocked', { timeout: 4000 });
    await waitUntil(() => announcement(el) === 'You can try again now.', 'not announced');
    expect(errorText(el)).to.equal('');
  });

  it('a recovery code signs in once, says how many are left and suggests setting up again; the second time it is refused', async () => {
    const user = await enrolledUser();
    const el = await challengeElement();
    el.sessionToken = user.session_token;
    methodButton(el).focus();
    await useRecoveryCode(el);
    expect(el.getAttribute('method')).to.equal('recovery_code');
    expect(codeField(el).getAttribute('part')).to.equal('recovery-input');
    expect(el.shadowRoot!.activeElement).to.equal(codeField(el), 'focus moves to the recovery field');
    const code = user.recovery_codes[2]!;
    await enter(el, ` ${code.toUpperCase()} `); // pasted with spaces, typed in capitals
    await waitForState(el, 'verified');
    const [event] = recorder.of('totp-authenticated') as TotpAuthenticatedEvent[];
    expect(event!.detail.method).to.equal('recovery_code');
    expect(event!.detail.session.session_id).to.be.a('string');
    expect(event!.detail.method === 'recovery_code' && event!.detail.recovery_codes_remaining).to.equal(9);
    expect(statusText(el)).to.contain('9 recovery codes left');
    expect(statusText(el)).to.contain('Replace authenticator app');

    const again = await challengeElement();
    again.sessionToken = user.session_token;
    await useRecoveryCode(again);
    await enter(again, code);
    await waitUntil(() => errorText(again) !== '', 'no error');
    expect(again.state).to.equal('ready');
    expect(errorText(again)).to.contain('That recovery code didn’t work');
    const failure = (recorder.of('totp-error') as TotpErrorEvent[]).at(-1)!;
    expect(failure.detail.step).to.equal('recover');
    expect(failure.detail.error.error_type).to.equal('recovery_code_not_found');
  });

  it('without a remaining count from the backend, it says the code is used up and nothing about a number', async () => {
    const client: TotpApi = {
      create: () => Promise.reject(new Error('unused')),
      authenticate: () => Promise.reject(new Error('unused')),
      recover: async () => ({
        request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' },
        session_token: 'tok', session_jwt: 'jwt',
      }),
    };
    const el = await challengeElement();
    el.client = client;
    await useRecoveryCode(el);
    await enter(el, 'abcd-efgh-2345');
    await waitForState(el, 'verified');
    expect(statusText(el)).to.contain('That code is now used up');
    expect(statusText(el)).not.to.match(/left|last/);
  });

  it('sends a recovery code typed in capitals, with spaces and an en dash, as Stytch compares it', async () => {
    // The local backend lower-cases and trims too, so only the request itself shows the element's own normalisation.
    const sent: unknown[] = [];
    const el = await challengeElement();
    el.client = {
      create: () => Promise.reject(new Error('unused')),
      authenticate: () => Promise.reject(new Error('unused')),
      recover: async (params) => {
        sent.push(params);
        return {
          request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' },
          session_token: 'tok', session_jwt: 'jwt', recovery_codes_remaining: 3,
        };
      },
    };
    await useRecoveryCode(el);
    await enter(el, ' ABCD–EFGH - 2345 ');
    await waitForState(el, 'verified');
    expect(sent).to.have.length(1);
    expect((sent[0] as { recovery_code: string }).recovery_code).to.equal('abcd-efgh-2345');
  });

  for (const [lang, width] of [['en', 320], ['de', 320], ['en', 360]] as const) {
    it(`shows all six digits of a typed code at ${width} px (${lang}): the field is never narrower than its code`, async () => {
      await setViewport({ width, height: 740 });
      try {
        const el = await mountElement<TotpChallenge>('totp-challenge', pageWith('totp-challenge', { lang }));
        const input = codeField(el);
        input.value = '123456';
        expect(input.scrollWidth, 'the digits overflow the field').to.be.at.most(input.clientWidth);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('a client without recover(): a configuration message, totp-error invalid_argument', async () => {
    const el = await challengeElement();
    el.client = { create: () => Promise.reject(new Error('x')), authenticate: () => Promise.reject(new Error('x')) };
    await useRecoveryCode(el);
    await enter(el, 'abcd-efgh-2345');
    await waitUntil(() => errorText(el) !== '');
    expect(errorText(el)).to.contain('isn’t set up for this yet (client)');
    expect((recorder.of('totp-error')[0] as TotpErrorEvent).detail.error.error_type).to.equal('invalid_argument');
  });

  it('no TOTP enrolled (totp_not_found): a clear message and a totp-error the page can route to <totp-enroll>', async () => {
    const { session_token } = await newSession();
    const el = await challengeElement();
    el.sessionToken = session_token;
    let routed: string | undefined;
    el.addEventListener('totp-error', (event) => { routed = event.detail.error.error_type; });
    await typeCode(el, '123456');
    await waitForState(el, 'not-enrolled');
    expect(routed).to.equal('totp_not_found');
    expect(errorText(el)).to.contain('No authenticator app is set up');
    expect(codeField(el)).to.equal(null);
    expect(el.getAttribute('state')).to.equal('not-enrolled');
  });

  it('an expired or unknown session: "Your sign-in has expired", totp-error unauthorized_credentials', async () => {
    const el = await challengeElement();
    el.sessionToken = 'session-token-that-expired';
    await typeCode(el, '123456');
    await waitForState(el, 'signed-out');
    expect(errorText(el)).to.contain('Your sign-in has expired');
    expect((recorder.of('totp-error')[0] as TotpErrorEvent).detail.error.error_type).to.equal('unauthorized_credentials');
  });

  it('a connection reset and a timeout: "We couldn’t reach the server", and the form stays to try again', async () => {
    for (const fixture of [{ reset: true }, { hang: true }]) {
      const base = await fixtureBase(fixture);
      const el = await challengeElement(html`<totp-challenge api-base=${base} timeout-ms="300"></totp-challenge>`);
      await typeCode(el, '123456');
      await waitUntil(() => errorText(el) !== '', `no error for ${JSON.stringify(fixture)}`);
      expect(errorText(el)).to.contain('couldn’t reach the server');
      expect(el.state).to.equal('ready');
      expect(submitButton(el).disabled).to.equal(false);
    }
    const types = (recorder.of('totp-error') as TotpErrorEvent[]).map((e) => e.detail.error.error_type);
    expect(types).to.deep.equal(['network_error', 'request_timeout']);
  });

  it('a 500: "Something went wrong on our side"', async () => {
    const base = await fixtureBase({ status: 500, body: '{"status_code":500,"error_type":"internal_server_error","error_message":"boom"}' });
    const el = await challengeElement(html`<totp-challenge api-base=${base}></totp-challenge>`);
    await typeCode(el, '123456');
    await waitUntil(() => errorText(el) !== '');
    expect(errorText(el)).to.contain('Something went wrong on our side');
    expect(errorText(el)).not.to.contain('boom');
  });

  it('keyboard only: Tab to "Use a recovery code instead", Enter, type the code, Enter', async () => {
    const user = await enrolledUser();
    const el = await challengeElement();
    el.sessionToken = user.session_token;
    codeField(el).focus();
    await sendKeys({ press: 'Tab' }); // Verify
    await sendKeys({ press: 'Tab' }); // the switch
    expect(el.shadowRoot!.activeElement).to.equal(methodButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(codeField(el));
    await sendKeys({ type: user.recovery_codes[0]! });
    await sendKeys({ press: 'Enter' });
    await waitForState(el, 'verified');
    expect(el.shadowRoot!.activeElement).to.equal(resultHeading(el), 'focus on the heading of the result');
    await waitUntil(() => announcement(el).includes('signed in with a recovery code'));
  });

  it('keeps the typed code and the tokens out of attributes, storage and the console; clears the field', async () => {
    const user = await enrolledUser();
    const logged: string[] = [];
    const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info };
    for (const key of Object.keys(originals) as (keyof typeof originals)[]) console[key] = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); };
    try {
      const el = await challengeElement();
      el.sessionToken = user.session_token;
      await useRecoveryCode(el);
      await enter(el, user.recovery_codes[5]!);
      await waitForState(el, 'verified');
      const secrets = [user.recovery_codes[5]!, user.session_token];
      const attributes = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
      const places = [...attributes, document.documentElement.outerHTML, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), ...logged];
      for (const secret of secrets) expect(places.some((text) => text.includes(secret)), 'a secret leaked').to.equal(false);
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    } finally {
      Object.assign(console, originals);
    }
  });

  it('a request cancelled by removing the element fires nothing, even when its answer comes', async () => {
    let answer!: (value: never) => void;
    let signal: AbortSignal | undefined;
    const client: TotpApi = {
      create: () => Promise.reject(new Error('unused')),
      authenticate: (_params, options) => { signal = options?.signal; return new Promise((resolve) => { answer = resolve; }); },
    };
    const el = await challengeElement();
    el.client = client;
    await typeCode(el, '123456');
    await waitUntil(() => answer !== undefined, 'not sent');
    expect(el.state).to.equal('verifying');
    el.remove();
    expect(signal?.aborted).to.equal(true);
    answer({ request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' }, session_token: 'x', session_jwt: 'y' } as never);
    await el.updateComplete;
    await Promise.resolve();
    expect(recorder.events).to.have.length(0);
  });
});
