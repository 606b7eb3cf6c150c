import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { HttpTotpApi, type TotpApi } from '../../src/api/index.js';
import {
  TotpApiError, TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent, UserChangeEvent, type CreateTotpResponse,
} from '../../src/index.js';
import { fixtureBase } from '../support/backend.js';
import {
  $, clearStytchCookies, confirmCode, displayedSecret, enrollElement, errorText, press, recordEvents, startAndWait,
  startButton, stepHeading, waitForState,
} from './harness.js';

describe('<totp-enroll>', () => {
  let recorder: ReturnType<typeof recordEvents>;
  const sandbox = sinon.createSandbox();
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => { recorder.stop(); sandbox.restore(); });

  describe('activation', () => {
    it('starts idle with a "Set up authenticator app" button and sends nothing on load', async () => {
      const spy = sandbox.spy(HttpTotpApi.prototype, 'create');
      const el = await enrollElement();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(el.getAttribute('state')).to.equal('idle');
      expect(startButton(el).textContent).to.contain('Set up authenticator app');
      expect(spy.callCount).to.equal(0);
    });

    it('creates on click, shows a busy state, and ignores a second activation meanwhile', async () => {
      const el = await enrollElement();
      const spy = sandbox.spy(HttpTotpApi.prototype, 'create');
      startButton(el).click();
      await el.updateComplete;
      expect(el.state).to.equal('creating');
      expect(el.getAttribute('state')).to.equal('creating');
      expect(startButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(startButton(el).textContent).to.contain('Setting up');
      startButton(el).click();
      await el.start();
      await waitForState(el, 'created');
      expect(spy.callCount).to.equal(1);
      expect(spy.firstCall.args[0]).to.deep.equal({ expiration_minutes: 60 });
    });

    for (const key of ['Enter', 'Space'] as const) {
      it(`activates with the keyboard (${key})`, async () => {
        const el = await enrollElement();
        startButton(el).focus();
        await sendKeys({ press: key });
        await waitForState(el, 'created');
      });
    }

    it('autostart creates exactly once on connect', async () => {
      const spy = sandbox.spy(HttpTotpApi.prototype, 'create');
      const el = await enrollElement(html`<totp-enroll autostart expiration-minutes="30"></totp-enroll>`);
      await waitForState(el, 'created');
      expect(spy.callCount).to.equal(1);
      expect(spy.firstCall.args[0]).to.deep.equal({ expiration_minutes: 30 });
    });
  });

  describe('after Create', () => {
    it('fires totp-created and user-change once each, with the Create response', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const [created] = recorder.of('totp-created') as TotpCreatedEvent[];
      expect(recorder.of('totp-created')).to.have.length(1);
      expect(created).to.be.instanceOf(TotpCreatedEvent);
      expect(created!.bubbles && created!.composed).to.equal(true);
      expect(created!.detail).to.have.all.keys(
        'request_id', 'status_code', 'secret', 'totp_id', 'qr_code', 'recovery_codes', 'user_id', 'user');
      const changes = recorder.of('user-change') as UserChangeEvent[];
      expect(changes).to.have.length(1);
      expect(changes[0]).to.be.instanceOf(UserChangeEvent);
      expect(changes[0]!.detail.user?.user_id).to.equal(created!.detail.user_id);
    });

    it('a code computed from the displayed secret verifies: totp-verified and user-change once', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      await confirmCode(el, displayedSecret(el).replace(/ /g, ''));
      const verified = recorder.of('totp-verified') as TotpVerifiedEvent[];
      expect(verified).to.have.length(1);
      expect(verified[0]).to.be.instanceOf(TotpVerifiedEvent);
      const created = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail;
      expect(verified[0]!.detail.totp_id).to.equal(created.totp_id);
      expect(verified[0]!.detail.session.session_id).to.be.a('string');
      // The user changed (its TOTP is now verified): one user-change for Create, one for authenticate.
      expect(recorder.of('user-change')).to.have.length(2);
    });
  });

  describe('errors', () => {
    it('a missing endpoint (404) is a configuration fault: a short message, no Try again, details in totp-error and one warning', async () => {
      const warn = sandbox.stub(console, 'warn');
      const el = await enrollElement(html`<totp-enroll api-base="/no-such-api"></totp-enroll>`);
      startButton(el).focus();
      await el.start();
      await waitForState(el, 'error');
      expect(errorText(el)).to.contain('api-base').and.not.to.contain('404');
      expect($(el, '[part~="retry-button"]')).to.equal(null);
      const errors = recorder.of('totp-error') as TotpErrorEvent[];
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.step).to.equal('create');
      expect(errors[0]!.detail.error.status_code).to.equal(404);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('endpoint_not_found');
      await waitUntil(() => el.shadowRoot!.activeElement === stepHeading(el), 'focus on the error heading');
    });

    it('Stytch\'s MFA rule (403 insufficient_session_factors): says to pass the other second factor first, no Try again', async () => {
      const base = await fixtureBase({ status: 403, body: JSON.stringify({
        status_code: 403, request_id: 'r', error_type: 'insufficient_session_factors', error_message: 'This call needs a session that passed a second factor.',
      }) });
      const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
      await el.start();
      await waitForState(el, 'error');
      expect(errorText(el)).to.contain('current second step').and.not.to.contain('went wrong');
      expect($(el, '[part~="retry-button"]')).to.equal(null);
      expect((recorder.of('totp-error')[0] as TotpErrorEvent).detail.error.error_type).to.equal('insufficient_session_factors');
    });

    it('a server failure (500) offers Try again, which works', async () => {
      const base = await fixtureBase({ status: 500, body: JSON.stringify({
        status_code: 500, request_id: 'r', error_type: 'internal_server_error', error_message: '<b>thing</b> broke',
      }) });
      const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
      await el.start();
      await waitForState(el, 'error');
      expect(errorText(el)).to.contain('went wrong').and.not.to.contain('broke');
      expect((recorder.of('totp-error')[0] as TotpErrorEvent).detail.error.error_message).to.contain('<b>thing</b>');
      el.apiBase = '';
      await press(el, 'retry-button');
      await waitForState(el, 'created');
    });
  });

  describe('lifecycle', () => {
    it('removing the element during a pending Create aborts it and nothing fires afterwards', async () => {
      const created: CreateTotpResponse = await new HttpTotpApi().create({ expiration_minutes: 60 });
      const slow = new HttpTotpApi({ baseUrl: await fixtureBase({ body: JSON.stringify({ data: created }), delay_ms: 300 }) });
      const signals: AbortSignal[] = [];
      const settled: Promise<unknown>[] = [];
      const el = await enrollElement();
      el.client = {
        create: (params, options) => {
          signals.push(options!.signal!);
          const answer = slow.create(params, options);
          settled.push(answer.catch(() => {}));
          return answer;
        },
        authenticate: (params, options) => slow.authenticate(params, options),
      };
      startButton(el).click();
      await waitUntil(() => signals.length === 1, 'Create was called');
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      await Promise.all(settled);
      expect(recorder.events).to.have.length(0);
      expect(el.state).to.equal('idle');
    });

    it('reset() and disconnect drop the secret from the element', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      el.reset();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(el.hasAttribute('step')).to.equal(false);
      expect(el.shadowRoot!.innerHTML).not.to.contain(detail.secret.slice(0, 8));
      await startAndWait(el);
      const parent = el.parentNode!;
      el.remove();
      await el.updateComplete;
      const second = (recorder.of('totp-created')[1] as TotpCreatedEvent).detail;
      expect(el.shadowRoot!.innerHTML).not.to.contain(second.secret.slice(0, 8));
      parent.append(el);
    });

    it('keeps secrets out of attributes and the light DOM', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      expect(el.outerHTML).not.to.contain(detail.secret.slice(0, 8));
      expect(document.documentElement.outerHTML).not.to.contain(detail.secret.slice(0, 8));
      for (const attribute of el.getAttributeNames()) expect(el.getAttribute(attribute)).not.to.contain(detail.secret.slice(0, 8));
    });

    it('forwards the client\'s user.onChange while connected and unsubscribes on disconnect', async () => {
      const listeners = new Set<(user: unknown) => void>();
      const real = new HttpTotpApi();
      const el = await enrollElement();
      el.client = {
        create: (p, o) => real.create(p, o),
        authenticate: (p, o) => real.authenticate(p, o),
        onUserChange: (listener) => { listeners.add(listener as (user: unknown) => void); return () => listeners.delete(listener as (user: unknown) => void); },
      } satisfies TotpApi;
      await el.updateComplete;
      expect(listeners.size).to.equal(1);
      for (const listener of listeners) listener({ user_id: 'user-from-sdk' });
      const changes = recorder.of('user-change') as UserChangeEvent[];
      expect(changes).to.have.length(1);
      expect(changes[0]!.detail.user?.user_id).to.equal('user-from-sdk');
      el.remove();
      expect(listeners.size).to.equal(0);
    });
  });

  it('a start with a client that throws a TypeError is a configuration fault named "client"', async () => {
    sandbox.stub(console, 'warn');
    const el = await enrollElement();
    el.client = { create: () => { throw new TypeError('bad client'); }, authenticate: () => Promise.reject(new TotpApiError({ status_code: 0, error_type: 'x', error_message: 'x' })) };
    await el.start();
    await waitForState(el, 'error');
    expect(errorText(el)).to.contain('client');
  });
});
