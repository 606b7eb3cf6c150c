import { aTimeout, expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  HttpTotpApi, TotpApiError, TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent, UserChangeEvent,
  type CreateTotpResponse, type TotpApi,
} from '../../src/index.js';
import { currentCode, fixtureBase, wrongCode } from '../support/backend.js';
import { decodeQr } from '../support/decode-qr.js';
import {
  $, $$, clearStytchCookies, codeInput, displayedRecoveryCodes, displayedSecret, enrollElement, errorText,
  recordEvents, startAndWait, startButton, submitCode, waitForState,
} from './harness.js';

describe('<totp-enroll>', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => recorder.stop());

  describe('activation', () => {
    it('starts idle with a "Set up authenticator app" button and sends nothing on load', async () => {
      const spy = sinon.spy(HttpTotpApi.prototype, 'create');
      try {
        const el = await enrollElement();
        await aTimeout(50);
        expect(el.state).to.equal('idle');
        expect(startButton(el).textContent).to.contain('Set up authenticator app');
        expect(spy.callCount).to.equal(0);
      } finally {
        spy.restore();
      }
    });

    it('creates on click, shows a busy state, and ignores a second activation meanwhile', async () => {
      const el = await enrollElement();
      const spy = sinon.spy(HttpTotpApi.prototype, 'create');
      try {
        startButton(el).click();
        await el.updateComplete;
        expect(el.state).to.equal('creating');
        expect(startButton(el).getAttribute('aria-busy')).to.equal('true');
        expect(startButton(el).textContent).to.contain('Setting up');
        startButton(el).click();
        await el.start();
        await waitForState(el, 'created');
        expect(spy.callCount).to.equal(1);
        expect(spy.firstCall.args[0]).to.deep.equal({ expiration_minutes: 60 });
      } finally {
        spy.restore();
      }
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
      const spy = sinon.spy(HttpTotpApi.prototype, 'create');
      try {
        const el = await enrollElement(html`<totp-enroll autostart expiration-minutes="30"></totp-enroll>`);
        await waitForState(el, 'created');
        expect(spy.callCount).to.equal(1);
        expect(spy.firstCall.args[0]).to.deep.equal({ expiration_minutes: 30 });
      } finally {
        spy.restore();
      }
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

    it('shows the backend\'s QR, the secret in groups of four, and every recovery code', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      const image = $(el, 'img[part~="qr-image"]') as HTMLImageElement;
      expect(image.getAttribute('src')).to.equal(detail.qr_code);
      expect(image.alt).to.be.a('string').and.not.empty;
      expect(image.alt).not.to.contain(detail.secret);
      expect(displayedSecret(el)).to.equal(detail.secret.match(/.{1,4}/g)!.join(' '));
      expect(getComputedStyle($(el, '[part~="secret"]')!).fontFamily).to.match(/mono/i);
      expect(displayedRecoveryCodes(el)).to.deep.equal(detail.recovery_codes);
      expect(codeInput(el).autocomplete).to.equal('one-time-code');
      expect(codeInput(el).inputMode).to.equal('numeric');
      expect(($(el, '[part~="status"]')?.textContent ?? '')).to.match(/expires in 60 minutes/);
    });

    it('draws its own QR (SVG, loaded lazily) from issuer and account-name when the backend sends none', async () => {
      const real = new HttpTotpApi();
      const client: TotpApi = {
        create: async (params, options) => ({ ...(await real.create(params, options)), qr_code: '' }),
        authenticate: (params, options) => real.authenticate(params, options),
      };
      const el = await enrollElement(html`<totp-enroll issuer="Acme Corp" account-name="ada@example.com"></totp-enroll>`);
      el.client = client;
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      const src = ($(el, 'img[part~="qr-image"]') as HTMLImageElement).src;
      expect(src).to.match(/^data:image\/svg\+xml/);
      const uri = new URL(await decodeQr(src));
      expect(uri.href.startsWith('otpauth://totp/Acme%20Corp:ada%40example.com?')).to.equal(true);
      expect(uri.searchParams.get('secret')).to.equal(detail.secret);
      expect(uri.searchParams.get('issuer')).to.equal('Acme Corp');
    });

    it('offers an otpauth:// link on touch devices only', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      expect($(el, '[part~="open-in-app"]')).to.equal(null);
      const stub = sinon.stub(window, 'matchMedia').callsFake((query: string) =>
        ({ matches: query === '(pointer: coarse)', media: query } as MediaQueryList));
      try {
        el.reset();
        await el.updateComplete;
        await startAndWait(el);
        const link = $(el, '[part~="open-in-app"]') as HTMLAnchorElement;
        const { detail } = recorder.of('totp-created').at(-1) as TotpCreatedEvent;
        expect(link.href.startsWith('otpauth://totp/')).to.equal(true);
        expect(new URL(link.href).searchParams.get('secret')).to.equal(detail.secret);
      } finally {
        stub.restore();
      }
    });
  });

  describe('copy and download', () => {
    before(async () => { await executeServerCommand('grant-clipboard'); });

    it('Copy puts the secret on the clipboard without spaces and announces it', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      await navigator.clipboard.writeText('');
      ($(el, '[part~="copy-secret"]') as HTMLButtonElement).click();
      await aTimeout(100);
      expect(await navigator.clipboard.readText()).to.equal(detail.secret);
      expect($(el, '[role="status"]')!.textContent).to.contain('Copied');
    });

    it('copies one recovery code, and all of them one a line', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const codes = displayedRecoveryCodes(el);
      $$(el, '[part~="copy-code"]')[3]!.click();
      await aTimeout(100);
      expect(await navigator.clipboard.readText()).to.equal(codes[3]);
      ($(el, '[part~="copy-all"]') as HTMLButtonElement).click();
      await aTimeout(100);
      expect(await navigator.clipboard.readText()).to.equal(codes.join('\n'));
    });

    it('falls back to selecting the text when the clipboard refuses, and says so', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const refuse = sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Denied', 'NotAllowedError'));
      try {
        ($(el, '[part~="copy-secret"]') as HTMLButtonElement).click();
        await aTimeout(100);
        const selected = (el.shadowRoot as unknown as { getSelection?: () => Selection }).getSelection?.() ?? getSelection();
        expect(selected!.toString().replace(/\s/g, '')).to.contain(displayedSecret(el).replace(/\s/g, ''));
        expect($(el, '[role="status"]')!.textContent).to.contain('Ctrl+C');
      } finally {
        refuse.restore();
      }
    });

    it('Download yields recovery-codes.txt with the codes one a line', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const clicks: HTMLAnchorElement[] = [];
      const click = sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) { clicks.push(this); });
      try {
        ($(el, '[part~="download-button"]') as HTMLButtonElement).click();
      } finally {
        click.restore();
      }
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.download).to.equal('recovery-codes.txt');
      const file = await (await fetch(clicks[0]!.href)).blob();
      expect(file.type).to.match(/^text\/plain/);
      expect(await file.text()).to.equal(`${displayedRecoveryCodes(el).join('\n')}\n`);
      expect(clicks[0]!.isConnected).to.equal(false);
    });
  });

  describe('confirming the first code', () => {
    it('a wrong code shows an inline error, keeps the form and fires totp-error once', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      await submitCode(el, wrongCode(detail.secret));
      await waitForState(el, 'created');
      await aTimeout(50);
      expect(errorText(el)).to.contain('didn’t work');
      expect(codeInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(codeInput(el));
      const errors = recorder.of('totp-error') as TotpErrorEvent[];
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.step).to.equal('authenticate');
      expect(errors[0]!.detail.error).to.be.instanceOf(TotpApiError);
      expect(errors[0]!.detail.error.status_code).to.equal(401);
      expect(recorder.of('totp-verified')).to.have.length(0);
    });

    it('rejects a code that is not six digits without asking the backend', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const spy = sinon.spy(HttpTotpApi.prototype, 'authenticate');
      try {
        await submitCode(el, '12a4');
        expect(errorText(el)).to.contain('6 digits');
        expect(spy.callCount).to.equal(0);
      } finally {
        spy.restore();
      }
    });

    it('a code computed with otpauth from the displayed secret verifies: totp-verified and user-change once', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const secret = displayedSecret(el).replace(/ /g, '');
      await submitCode(el, currentCode(secret));
      expect(el.state).to.equal('verifying');
      expect(($(el, 'button[part~="submit"]') as HTMLButtonElement).getAttribute('aria-busy')).to.equal('true');
      await waitForState(el, 'verified');
      const verified = recorder.of('totp-verified') as TotpVerifiedEvent[];
      expect(verified).to.have.length(1);
      expect(verified[0]).to.be.instanceOf(TotpVerifiedEvent);
      const created = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail;
      expect(verified[0]!.detail.totp_id).to.equal(created.totp_id);
      expect(verified[0]!.detail.session.session_id).to.be.a('string');
      // The user changed (its TOTP is now verified): one user-change for Create, one for authenticate.
      expect(recorder.of('user-change')).to.have.length(2);
      expect($(el, '#verified-heading')!.textContent).to.contain('set up');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#verified-heading'));
    });
  });

  describe('expiry', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => clock?.restore());

    it('with the smallest expiration, expires on a controlled clock, then Start over creates anew', async () => {
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date', 'setInterval', 'clearInterval'] });
      const el = await enrollElement(html`<totp-enroll expiration-minutes="5"></totp-enroll>`);
      await startAndWait(el);
      expect($(el, '[part~="status"]')!.textContent).to.match(/expires in 5 minutes/);
      clock.tick(4 * 60_000 + 30_000);
      await el.updateComplete;
      expect($(el, '[part~="status"]')!.textContent).to.match(/expires in 30 seconds/);
      clock.tick(31_000);
      await waitForState(el, 'expired');
      expect(displayedSecret(el)).to.equal('');
      expect($(el, 'img[part~="qr-image"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement?.id).to.equal('start-over');
      ($(el, '#start-over') as HTMLButtonElement).click();
      await waitForState(el, 'created');
      expect(recorder.of('totp-created')).to.have.length(2);
      const [first, second] = recorder.of('totp-created') as TotpCreatedEvent[];
      expect(second!.detail.totp_id).not.to.equal(first!.detail.totp_id);
    });
  });

  describe('errors', () => {
    it('a missing endpoint (404) is a clear message, a totp-error, and Retry works', async () => {
      const el = await enrollElement(html`<totp-enroll api-base="/no-such-api"></totp-enroll>`);
      startButton(el).focus();
      await el.start();
      await waitForState(el, 'error');
      expect(errorText(el)).to.contain('404');
      const errors = recorder.of('totp-error') as TotpErrorEvent[];
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.step).to.equal('create');
      expect(errors[0]!.detail.error.status_code).to.equal(404);
      expect(el.shadowRoot!.activeElement?.id).to.equal('error-heading');
      el.apiBase = '';
      ($(el, '#retry') as HTMLButtonElement).click();
      await waitForState(el, 'created');
    });

    it('shows a backend error message as text, never as markup', async () => {
      const base = await fixtureBase({ status: 400, body: JSON.stringify({
        status_code: 400, request_id: 'r', error_type: 'bad', error_message: '<img src=x onerror="window.pwned=1">Bad <b>thing</b>',
      }) });
      const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
      await el.start();
      await waitForState(el, 'error');
      expect(errorText(el)).to.contain('<b>thing</b>');
      expect($(el, '[part~="error"] img, [part~="error"] b')).to.equal(null);
    });
  });

  describe('lifecycle', () => {
    it('removing the element during a pending Create aborts it and nothing fires afterwards', async () => {
      const created: CreateTotpResponse = await new HttpTotpApi().create({ expiration_minutes: 60 });
      const body = JSON.stringify({ data: created });
      const slow = new HttpTotpApi({ baseUrl: await fixtureBase({ body, delay_ms: 300 }) });
      const signals: AbortSignal[] = [];
      const el = await enrollElement();
      el.client = {
        create: (params, options) => { signals.push(options!.signal!); return slow.create(params, options); },
        authenticate: (params, options) => slow.authenticate(params, options),
      };
      startButton(el).click();
      await aTimeout(50);
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      await aTimeout(500);
      expect(recorder.events).to.have.length(0);
      expect(el.state).to.equal('idle');
    });

    it('reset() and disconnect drop the secret and codes from the element', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      el.reset();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(el.shadowRoot!.innerHTML).not.to.contain(detail.secret.slice(0, 8));
      expect(el.shadowRoot!.innerHTML).not.to.contain(detail.recovery_codes[0]);
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
      };
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
});
