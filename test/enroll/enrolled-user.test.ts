import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { HttpTotpApi, type TotpApi } from '../../src/api/index.js';
import type { TotpCreatedEvent, TotpRemovedEvent, TotpStepUpEvent, User, UserChangeListener } from '../../src/index.js';
import { nextCode } from '../challenge/harness.js';
import { PUBLIC_TOKEN, wrongCode } from '../support/backend.js';
import { $, announcement, clearStytchCookies, errorText, focusedIn, textOf } from '../support/element-harness.js';
import { confirmCode, enrollElement, startButton, stepOf, waitForState } from './harness.js';
import {
  choose, enterStepUpCode, managedElement, oneFactorUser, screenHeading, shownCodes, signIn, twoFactorUser, waitForScreen,
} from './enrolled-harness.js';
import { html } from 'lit';
import { StytchHeadlessClient } from '@stytch/vanilla-js/headless';

const EVENTS = ['totp-created', 'totp-removed', 'totp-step-up', 'totp-error', 'user-change'] as const;

describe('<totp-enroll> for an enrolled user', () => {
  const sandbox = sinon.createSandbox();
  let heard: Event[];
  const listen = (event: Event) => heard.push(event);
  beforeEach(() => {
    clearStytchCookies();
    heard = [];
    for (const type of EVENTS) document.addEventListener(type, listen);
  });
  afterEach(() => {
    for (const type of EVENTS) document.removeEventListener(type, listen);
    sandbox.restore();
    clearStytchCookies();
  });
  const of = (type: string) => heard.filter((event) => event.type === type);

  describe('knows the user', () => {
    it('a new user gets "Set up"; an enrolled one "Authenticator app is on" with its three actions, and Create is never called', async () => {
      const create = sandbox.spy(HttpTotpApi.prototype, 'create');
      const fresh = await (await fetch('/__test__/session', { method: 'POST' })).json() as { session_token: string };
      signIn(fresh.session_token);
      const newcomer = await managedElement();
      expect(newcomer.state).to.equal('idle');
      expect(textOf(startButton(newcomer))).to.equal('Set up authenticator app');

      await oneFactorUser();
      create.resetHistory();
      const el = await managedElement();
      expect(el.state).to.equal('enrolled');
      expect(el.getAttribute('state')).to.equal('enrolled');
      expect(stepOf(el)).to.equal('on');
      expect(screenHeading(el)).to.equal('Authenticator app is on');
      // The local backend says when the app was added.
      expect(textOf($(el, '.card'))).to.match(/Added on \w+ \d+, \d{4}\./);
      expect(['view-codes-button', 'replace-button', 'remove-button'].map((part) => textOf($(el, `[part~="${part}"]`))))
        .to.deep.equal(['View recovery codes', 'Replace authenticator app', 'Remove']);
      expect(startButton(el)).to.equal(null);
      expect(create.callCount).to.equal(0);
    });

    it('while it does not know yet, the button is busy and inert ("Checking…"): a click creates nothing', async () => {
      const real = new HttpTotpApi();
      const create = sandbox.spy(real, 'create');
      let answer: (user: User | null) => void = () => {};
      const client: TotpApi = {
        create: (params, options) => real.create(params, options),
        authenticate: (params, options) => real.authenticate(params, options),
        getUser: () => new Promise((resolve) => { answer = resolve; }),
      };
      const el = document.createElement('totp-enroll');
      el.client = client;
      document.body.append(el);
      try {
        await waitUntil(() => startButton(el) !== null, 'the first screen');
        expect(el.state).to.equal('checking');
        expect(startButton(el).getAttribute('aria-disabled')).to.equal('true');
        expect(textOf(startButton(el))).to.equal('Checking…');
        startButton(el).click();
        await el.start();
        expect(create.callCount).to.equal(0);
        answer({ user_id: 'user-test-local-demo', totps: [] });
        await waitForState(el, 'idle');
        expect(textOf(startButton(el))).to.equal('Set up authenticator app');
      } finally {
        el.remove();
      }
    });

    it('a sign-in or sign-out while the page is open updates it (user-change from the client)', async () => {
      const real = new HttpTotpApi();
      const listeners = new Set<UserChangeListener>();
      const enrolled: User = { user_id: 'user-x', totps: [{ totp_id: 'totp-test-x', verified: true }] };
      const client: TotpApi = {
        create: (params, options) => real.create(params, options),
        authenticate: (params, options) => real.authenticate(params, options),
        getUser: async () => null,
        onUserChange: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
      };
      const el = await enrollElement(html`<totp-enroll .client=${client}></totp-enroll>`);
      expect(el.state).to.equal('idle');
      for (const listener of listeners) listener(enrolled);
      await waitForState(el, 'enrolled');
      expect(of('user-change').length).to.equal(1);
      for (const listener of listeners) listener(null);
      await waitForState(el, 'idle');
    });
  });

  describe('View recovery codes', () => {
    it('a one-factor session is asked for a code first; then the codes show, with how many are left', async () => {
      const user = await oneFactorUser();
      const codes = sandbox.spy(HttpTotpApi.prototype, 'recoveryCodes');
      const el = await managedElement();
      $(el, '[part~="view-codes-button"]')!.focus();
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      // The backend refused (403 insufficient_session_factors) and nothing was shown.
      expect(codes.callCount).to.equal(1);
      expect(shownCodes(el)).to.deep.equal([]);
      expect(screenHeading(el)).to.equal('Confirm it’s you');
      await waitUntil(() => focusedIn(el)?.id === 'step-heading', 'focus on the new heading');

      await enterStepUpCode(el, wrongCode(user.secret));
      await waitUntil(() => errorText(el).includes('didn’t work'), 'the wrong-code message');
      expect(shownCodes(el)).to.deep.equal([]);

      await enterStepUpCode(el, nextCode(user.secret));
      await waitForScreen(el, 'recovery-codes');
      expect(shownCodes(el)).to.deep.equal(user.recovery_codes);
      expect(textOf($(el, '[part~="status"]'))).to.equal('10 recovery codes left.');
      const stepUp = of('totp-step-up')[0] as TotpStepUpEvent;
      expect(stepUp.detail).to.deep.equal({ method: 'totp', action: 'recovery-codes', user_id: user.user_id, totp_id: stepUp.detail.totp_id });
      expect(JSON.stringify(stepUp.detail)).not.to.contain(nextCode(user.secret));
      // Codes in the shadow DOM only: not in the light DOM, an attribute or storage.
      expect(el.outerHTML).not.to.contain(user.recovery_codes[0]);
      expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain(user.recovery_codes[0]);
      for (const part of ['copy-all', 'download-button', 'print-button']) expect($(el, `[part~="${part}"]`), part).to.exist;

      await choose(el, 'done-button');
      expect(stepOf(el)).to.equal('on');
      expect(shownCodes(el)).to.deep.equal([]);
    });

    it('a recovery code passes the step-up too (and is used up): 9 left', async () => {
      const user = await oneFactorUser();
      const el = await managedElement();
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      await choose(el, 'method-button');
      expect($(el, '[part~="recovery-input"]')).to.exist;
      await enterStepUpCode(el, user.recovery_codes[0]!);
      await waitForScreen(el, 'recovery-codes');
      expect(shownCodes(el)).to.deep.equal(user.recovery_codes.slice(1));
      expect(textOf($(el, '[part~="status"]'))).to.equal('9 recovery codes left.');
      expect((of('totp-step-up')[0] as TotpStepUpEvent).detail.method).to.equal('recovery_code');
    });

    it('a session that passed the second factor sees the codes at once; "running low" at 3 or fewer', async () => {
      const user = await twoFactorUser();
      const el = await managedElement();
      // Spend 7 of the 10 (each Recover adds a factor to the session it runs in).
      for (const code of user.recovery_codes.slice(0, 7)) await user.api.recover({ recovery_code: code, session_duration_minutes: 60 });
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'recovery-codes');
      expect(of('totp-step-up')).to.have.length(0);
      expect(textOf($(el, '[part~="status"]'))).to.equal('3 recovery codes left. You’re running low. Replace your authenticator app to get a new set of codes.');
    });

    it('wrong step-up codes count toward the same lockout as sign-in: after the fifth, the countdown shows', async () => {
      const user = await oneFactorUser();
      const el = await managedElement();
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      // Five wrong codes; the sixth try meets the lockout (429 with Retry-After).
      for (let i = 0; i < 6; i++) {
        const before = of('totp-error').length;
        await enterStepUpCode(el, wrongCode(user.secret));
        await waitUntil(() => of('totp-error').length > before, 'the refusal');
      }
      expect(of('totp-error').map((event) => (event as CustomEvent).detail.error.status_code)).to.deep.equal([403, 401, 401, 401, 401, 401, 429]);
      await waitUntil(() => /Too many attempts/.test(errorText(el)), 'the lockout');
      expect(($(el, '[part~="submit"]') as HTMLButtonElement).disabled).to.equal(true);
      // The same counter as <totp-challenge>'s: a sign-in now is refused too.
      const signInNow = new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionToken: user.session_token });
      const refusal = await signInNow.authenticate({ totp_code: nextCode(user.secret), session_duration_minutes: 60 }).catch((error) => error);
      expect(refusal.status_code).to.equal(429);
    });
  });

  describe('Remove', () => {
    it('explains, asks to confirm, asks a one-factor session for a code, removes, and is back at "Set up"', async () => {
      const user = await oneFactorUser();
      const remove = sandbox.spy(HttpTotpApi.prototype, 'deleteTotp');
      const el = await managedElement();
      $(el, '[part~="remove-button"]')!.focus();
      await choose(el, 'remove-button');
      expect(stepOf(el)).to.equal('remove');
      expect(textOf($(el, '.card'))).to.contain('You will sign in without a code from your app');
      expect(remove.callCount).to.equal(0);
      await choose(el, 'remove-button');
      await waitForScreen(el, 'step-up');
      await enterStepUpCode(el, nextCode(user.secret));
      await waitForState(el, 'idle');
      expect(remove.callCount).to.equal(2);
      const removed = of('totp-removed')[0] as TotpRemovedEvent;
      expect(removed.detail.user.user_id).to.equal(user.user_id);
      expect(removed.detail.user.totps).to.deep.equal([]);
      expect(textOf(startButton(el))).to.equal('Set up authenticator app');
      await waitUntil(() => announcement(el) === 'Authenticator app removed', 'the announcement');
      await waitUntil(() => focusedIn(el)?.id === 'heading', 'focus on the heading');
      const me = await new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionToken: user.session_token }).getUser();
      expect(me?.totps).to.deep.equal([]);
    });

    it('Cancel keeps the app', async () => {
      await oneFactorUser();
      const el = await managedElement();
      await choose(el, 'remove-button');
      await choose(el, 'cancel-button');
      expect(stepOf(el)).to.equal('on');
      expect(of('totp-removed')).to.have.length(0);
    });
  });

  describe('Replace', () => {
    it('says first that there is no app until the new one is confirmed; removes, then the setup; abandoning it leaves the app off', async () => {
      const user = await oneFactorUser();
      const el = await managedElement();
      await choose(el, 'replace-button');
      expect(textOf($(el, '.card'))).to.contain('Until you confirm a code from the new app, your account has no authenticator app.');
      await choose(el, 'replace-button');
      await waitForScreen(el, 'step-up');
      await enterStepUpCode(el, nextCode(user.secret));
      await waitForState(el, 'created');
      expect(stepOf(el)).to.equal('scan');
      expect(of('totp-removed')).to.have.length(1);
      expect(of('totp-created')).to.have.length(1);
      el.reset();
      await waitForState(el, 'idle');
      expect(textOf(startButton(el))).to.equal('Set up authenticator app');
    });
  });

  describe('messages', () => {
    it('active_totp_exists: "Set up" on a stale page shows the app as on, with why', async () => {
      await twoFactorUser();
      const real = new HttpTotpApi({ publicToken: PUBLIC_TOKEN });
      let stale = true;
      const client: TotpApi = {
        create: (params, options) => real.create(params, options),
        authenticate: (params, options) => real.authenticate(params, options),
        recoveryCodes: (options) => real.recoveryCodes(options),
        deleteTotp: (id, options) => real.deleteTotp(id, options),
        // The first answer predates the enrollment (another tab enrolled meanwhile).
        getUser: async (options) => (stale ? (stale = false, { user_id: 'whoever', totps: [] }) : real.getUser(options)),
      };
      const el = await enrollElement(html`<totp-enroll .client=${client}></totp-enroll>`, 'as is');
      expect(el.state).to.equal('idle');
      startButton(el).click();
      await waitForState(el, 'enrolled');
      expect(stepOf(el)).to.equal('on');
      expect(textOf($(el, '.notice'))).to.equal('This account already has an authenticator app. You can view its recovery codes, replace it or remove it here.');
      expect((of('totp-error')[0] as CustomEvent).detail.error.error_type).to.equal('active_totp_exists');
    });

    it('a one-factor session on a stale page meets the MFA rule (403) first: the element looks again and shows the app as on', async () => {
      const user = await oneFactorUser();
      const real = new HttpTotpApi({ publicToken: PUBLIC_TOKEN });
      let stale = true;
      const client: TotpApi = {
        create: (params, options) => real.create(params, options),
        authenticate: (params, options) => real.authenticate(params, options),
        recoveryCodes: (options) => real.recoveryCodes(options),
        getUser: async (options) => (stale ? (stale = false, { user_id: user.user_id, totps: [] }) : real.getUser(options)),
      };
      const el = await enrollElement(html`<totp-enroll .client=${client}></totp-enroll>`, 'as is');
      startButton(el).click();
      await waitForState(el, 'enrolled');
      expect((of('totp-error')[0] as CustomEvent).detail.error.error_type).to.equal('insufficient_session_factors');
      expect(textOf($(el, '.notice'))).to.contain('already has an authenticator app');
    });

    it('totp_not_found: removed on another device — says so and offers "Set up", no Try again', async () => {
      const user = await twoFactorUser();
      const el = await managedElement();
      const totpId = ((await user.api.getUser())!.totps as { totp_id: string }[])[0]!.totp_id;
      await user.api.deleteTotp(totpId);
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'removed-elsewhere');
      expect(screenHeading(el)).to.equal('Your authenticator app was already removed');
      expect($(el, '[part~="retry-button"]')).to.equal(null);
      await choose(el, 'start-button');
      await waitForState(el, 'created');
    });
  });

  describe('through the real Stytch SDK client', () => {
    it('knows the user from the SDK, asks a one-factor session for a code, shows the codes, removes the app', async () => {
      const user = await oneFactorUser();
      const stytch = new StytchHeadlessClient(PUBLIC_TOKEN, { endpoints: { testAPIURL: location.origin } } as object);
      const create = sandbox.spy(HttpTotpApi.prototype, 'create');
      const el = await enrollElement(html`<totp-enroll .client=${stytch}></totp-enroll>`, 'as is');
      await waitForState(el, 'enrolled');
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      expect(shownCodes(el)).to.deep.equal([]);
      await enterStepUpCode(el, nextCode(user.secret));
      await waitForScreen(el, 'recovery-codes');
      expect(shownCodes(el)).to.deep.equal(user.recovery_codes);
      await choose(el, 'done-button');
      // The session passed the second factor now: Remove goes ahead after its confirmation.
      await choose(el, 'remove-button');
      await choose(el, 'remove-button');
      await waitForState(el, 'idle');
      expect((of('totp-removed')[0] as TotpRemovedEvent).detail.user.totps).to.deep.equal([]);
      expect(of('totp-step-up')).to.have.length(1);
      expect(create.callCount).to.equal(0);
    });

    it('replaces the app through the SDK: step-up, remove, a new registration the SDK created, its first code confirmed', async () => {
      const user = await oneFactorUser();
      const stytch = new StytchHeadlessClient(PUBLIC_TOKEN, { endpoints: { testAPIURL: location.origin } } as object);
      const http = sandbox.spy(HttpTotpApi.prototype, 'create');
      const el = await enrollElement(html`<totp-enroll .client=${stytch}></totp-enroll>`, 'as is');
      await waitForState(el, 'enrolled');
      const old = stytch.user.getSync()!.totps.find((t) => t.verified)!.totp_id;
      await choose(el, 'replace-button');
      await choose(el, 'replace-button');
      await waitForScreen(el, 'step-up');
      await enterStepUpCode(el, nextCode(user.secret));
      await waitForState(el, 'created');
      const [removed] = of('totp-removed') as TotpRemovedEvent[];
      const [created] = of('totp-created') as TotpCreatedEvent[];
      expect(removed.detail.totp_id).to.equal(old);
      expect(created.detail.totp_id).to.not.equal(old);
      await confirmCode(el);
      // The SDK's own user now has the new app, verified: the element learns it from the SDK, no lookup of its own.
      await waitUntil(() => stytch.user.getSync()?.totps.some((t) => t.totp_id === created.detail.totp_id && t.verified), 'the SDK did not learn the new app');
      expect(http.callCount).to.equal(0);
    });
  });
});
