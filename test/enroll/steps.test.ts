/*
 * The four steps — Scan, Confirm, Save recovery codes, Done — as a user goes through them.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { HttpTotpApi, TotpApiError, type AuthenticateTotpParams, type TotpApi } from '../../src/api/index.js';
import '../support/german.js';
import { printer } from '../../src/elements/enroll/flow/platform/print.js';
import type { TotpCreatedEvent, TotpEnroll, TotpErrorEvent, TotpFinishedEvent } from '../../src/index.js';
import { wrongCode } from '../support/backend.js';
import { decodeQr } from '../support/decode-qr.js';
import { heldCreate } from '../support/held.js';
import {
  $, announcement, clearStytchCookies, codeInput, confirmCode, displayedRecoveryCodes, displayedSecret, enrollElement,
  errorText, openManualEntry, partButton, press, qrImage, recordEvents, secretOnScreen, selectedText, startAndWait,
  stepHeading, stepOf, submitCode, tickSaved, typeCode, waitForState,
} from './harness.js';

/** The local backend for Create; `authenticate` answered by the test. */
function clientAnswering(authenticate: (params: AuthenticateTotpParams) => Promise<never>): TotpApi {
  const real = new HttpTotpApi();
  return { create: (params, options) => real.create(params, options), authenticate };
}

function apiError(status_code: number, error_type: string, retry_after?: number): TotpApiError {
  return new TotpApiError({ status_code, error_type, error_message: `${error_type} (technical)`, ...(retry_after ? { retry_after } : {}) });
}

async function focusedHeading(el: TotpEnroll): Promise<void> {
  await waitUntil(() => el.shadowRoot!.activeElement === stepHeading(el), `focus on the heading of step ${stepOf(el)}`);
}

describe('the steps', () => {
  let recorder: ReturnType<typeof recordEvents>;
  const sandbox = sinon.createSandbox();
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => { recorder.stop(); sandbox.restore(); });

  describe('1. Scan', () => {
    it('focuses the heading, announces the step and reflects state and step as attributes', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      await focusedHeading(el);
      expect(stepHeading(el)!.textContent).to.contain('Scan the QR code');
      await waitUntil(() => announcement(el) === 'Step 1 of 4: Scan the QR code', `announced "${announcement(el)}"`);
      expect(el.getAttribute('state')).to.equal('created');
      expect(stepOf(el)).to.equal('scan');
    });

    it('shows at the tap, laid out and waiting for its QR: heading focused, step announced once, Next inert; the answer fills it in without moving focus', async () => {
      const create = heldCreate();
      const el = await enrollElement(html`<totp-enroll .client=${create.client}></totp-enroll>`);
      const start = partButton(el, 'start-button');
      start.focus();
      start.click();
      await focusedHeading(el);
      expect(el.state).to.equal('creating');
      expect(el.hasAttribute('step'), 'no step until the registration exists').to.equal(false);
      expect($(el, '[part~="card"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.qr-waiting')?.textContent).to.contain('Setting up');
      expect(qrImage(el), 'no QR before the answer').to.equal(null);
      expect($(el, '[part~="account"]')!.textContent, 'the account, known from the user lookup').to.match(/Adds\s+\S+\s+\S+@\S+/);
      await waitUntil(() => announcement(el) === 'Step 1 of 4: Scan the QR code', `announced "${announcement(el)}"`);
      const next = partButton(el, 'next-button');
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(next).opacity, 'drawn inert').to.equal('0.6');
      next.click();
      await el.updateComplete;
      expect(stepHeading(el)!.textContent, 'Next does nothing before the answer').to.contain('Scan the QR code');
      const heading = stepHeading(el);
      const account = $(el, '[part~="account"]')!.textContent;

      create.release();
      await waitForState(el, 'created');
      expect(stepHeading(el), 'the same step, filled in: not drawn again').to.equal(heading);
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      expect($(el, '[part~="account"]')!.textContent).to.equal(account);
      expect(qrImage(el)!.src).to.match(/^data:image\//);
      expect(partButton(el, 'next-button').getAttribute('aria-disabled')).to.equal('false');
      expect($(el, '[part~="card"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(stepOf(el)).to.equal('scan');
    });

    it('the waiting Scan step\'s inert look stays its own: a busy "Set up" keeps its look once the flow\'s styles are in', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      el.reset();
      // Another backend that is slow to say who the user is: "Checking…", busy and inert.
      el.client = { create: () => new Promise(() => {}), authenticate: () => new Promise(() => {}), getUser: () => new Promise(() => {}) };
      await waitUntil(() => el.state === 'checking', `state ${el.state}`);
      await el.updateComplete;
      const start = partButton(el, 'start-button');
      expect(start.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(start).opacity).to.equal('1');
    });

    it('the QR code and the "Open in app" link name the same issuer and account', async () => {
      sandbox.stub(window, 'matchMedia').callsFake((query: string) => ({ matches: query === '(pointer: coarse)', media: query }) as MediaQueryList);
      const el = await enrollElement(html`<totp-enroll issuer="Acme Corp"></totp-enroll>`);
      await startAndWait(el);
      const link = $(el, '[part~="open-in-app"]') as HTMLAnchorElement;
      const fromQr = await decodeQr(qrImage(el)!.src);
      expect(fromQr).to.equal(link.getAttribute('href'));
      expect(fromQr.startsWith('otpauth://totp/Acme%20Corp:demo%40example.com?')).to.equal(true);
      expect($(el, '[part~="account"]')!.textContent).to.contain('Acme Corp').and.to.contain('demo@example.com');
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      expect(new URL(fromQr).searchParams.get('secret')).to.equal(detail.secret);
    });

    it('without an issuer or account-name of the page, shows the backend\'s qr_code: it came with the answer (no qrcode chunk, no second round trip)', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      expect(detail.qr_code).to.match(/^data:image\//);
      expect(qrImage(el)!.src).to.equal(detail.qr_code);
      // The backend's image adds the same secret as the setup key the page shows.
      expect(new URL(await decodeQr(qrImage(el)!.src)).searchParams.get('secret')).to.equal(detail.secret);
    });

    it('the "Open in app" link is drawn like a button (its rule lives in the flow\'s styles, apart from button\'s)', async () => {
      sandbox.stub(window, 'matchMedia').callsFake((query: string) => ({ matches: query === '(pointer: coarse)', media: query }) as MediaQueryList);
      const el = await enrollElement();
      await startAndWait(el);
      const link = $(el, '[part~="open-in-app"]') as HTMLAnchorElement;
      const button = document.createElement('button');
      link.after(button);
      try {
        const [a, b] = [getComputedStyle(link), getComputedStyle(button)];
        for (const property of ['display', 'font-size', 'font-weight', 'min-height', 'padding', 'border', 'border-radius',
          'background-color', 'color', 'cursor', 'white-space', 'gap', 'align-items', 'justify-content', 'text-decoration-line']) {
          expect(a.getPropertyValue(property), property).to.equal(b.getPropertyValue(property));
        }
      } finally {
        button.remove();
      }
    });

    it('"Can\'t scan it?" reveals the setup key in groups of four; Next leads to Confirm, Back returns', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const details = $(el, '[part~="manual-entry"]') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      await openManualEntry(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      expect(displayedSecret(el)).to.equal(detail.secret.match(/.{1,4}/g)!.join(' '));
      partButton(el, 'next-button').focus();
      await press(el, 'next-button');
      expect(stepOf(el)).to.equal('confirm');
      // Confirm focuses its code field (test/enroll/ending.test.ts); Back, Scan's heading.
      await waitUntil(() => !!codeInput(el) && el.shadowRoot!.activeElement === codeInput(el), 'focus in the code field');
      await press(el, 'back-button');
      expect(stepOf(el)).to.equal('scan');
      await focusedHeading(el);
    });
  });

  describe('copy feedback', () => {
    before(async () => { await executeServerCommand('grant-clipboard'); });

    it('Copy key puts the secret on the clipboard and the button says "Copied" for about two seconds', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      await openManualEntry(el);
      await press(el, 'copy-secret');
      await waitUntil(() => partButton(el, 'copy-secret').textContent!.includes('Copied'), 'the button says Copied');
      expect(await navigator.clipboard.readText()).to.equal(secretOnScreen(el));
      const shownAt = performance.now();
      await waitUntil(() => !partButton(el, 'copy-secret').textContent!.includes('Copied'), 'Copied goes away', { timeout: 4000 });
      expect(performance.now() - shownAt).to.be.within(1500, 3000);
    });

    it('when the clipboard refuses, selects only the visible key and shows "Press Ctrl+C"', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      await openManualEntry(el);
      sandbox.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Denied', 'NotAllowedError'));
      await press(el, 'copy-secret');
      await waitUntil(() => !!$(el, '[part~="copy-hint"]'), 'the hint shows');
      expect($(el, '[part~="copy-hint"]')!.textContent).to.match(/Press (Ctrl\+C|⌘C) to copy/);
      // The spelled-out copy for screen readers ("A B C D …") must not be selected too.
      expect(selectedText(el).replace(/\s/g, '')).to.equal(secretOnScreen(el));
    });
  });

  describe('2. Confirm', () => {
    for (const [typed, sent] of [['123456', '123456'], ['123 456', '123456'], ['123-456', '123456'], [' 12 34 56\n', '123456']]) {
      it(`accepts ${JSON.stringify(typed)} and submits it by itself as ${sent}`, async () => {
        const authenticate = sandbox.stub().rejects(apiError(401, 'otp_code_not_found'));
        const el = await enrollElement();
        el.client = clientAnswering(authenticate);
        await startAndWait(el);
        await typeCode(el, typed);
        await waitUntil(() => authenticate.callCount === 1, 'submitted on the sixth digit');
        expect(authenticate.firstCall.args[0].totp_code).to.equal(sent);
      });
    }

    it('has a numeric, one-time-code input and waits for the sixth digit', async () => {
      const authenticate = sandbox.stub().rejects(apiError(401, 'otp_code_not_found'));
      const el = await enrollElement();
      el.client = clientAnswering(authenticate);
      await startAndWait(el);
      await typeCode(el, '12345');
      expect(codeInput(el).inputMode).to.equal('numeric');
      expect(codeInput(el).autocomplete).to.equal('one-time-code');
      expect(authenticate.callCount).to.equal(0);
      await submitCode(el, '12a4');
      expect(errorText(el)).to.contain('6 digits');
      expect(authenticate.callCount).to.equal(0);
    });

    it('a wrong code says so; from the second miss it hints at the phone\'s clock', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const secret = secretOnScreen(el);
      await typeCode(el, wrongCode(secret));
      await waitUntil(() => errorText(el).includes('didn’t work'), 'the wrong-code message');
      expect(errorText(el)).not.to.contain('clock');
      await waitUntil(() => el.shadowRoot!.activeElement === codeInput(el), 'focus back in the input');
      await typeCode(el, wrongCode(secret));
      await waitUntil(() => errorText(el).includes('clock'), 'the clock hint');
      const errors = recorder.of('totp-error') as TotpErrorEvent[];
      expect(errors.map((e) => e.detail.error.status_code)).to.deep.equal([401, 401]);
    });

    it('a lockout counts down live and re-enables Verify at zero', async () => {
      const authenticate = sandbox.stub().rejects(apiError(429, 'too_many_requests', 2));
      const el = await enrollElement();
      el.client = clientAnswering(authenticate);
      await startAndWait(el);
      await typeCode(el, '123456');
      await waitUntil(() => /Try again in 2 seconds/.test(errorText(el)), `2 seconds: "${errorText(el)}"`);
      expect(partButton(el, 'submit').disabled).to.equal(true);
      await waitUntil(() => /Try again in 1 seconds/.test(errorText(el)), `1 second: "${errorText(el)}"`, { timeout: 2000 });
      await waitUntil(() => !partButton(el, 'submit').disabled, 'Verify enabled again', { timeout: 2500 });
      expect(errorText(el)).not.to.match(/Try again in/);
    });

    for (const [error_type, status, heading] of [['totp_expired', 400, 'expired'], ['totp_not_found', 404, 'newer setup']] as const) {
      it(`${error_type} says the setup ${heading === 'expired' ? 'expired' : 'was replaced'} and offers Start over, not "wrong code"`, async () => {
        const el = await enrollElement();
        el.client = clientAnswering(() => Promise.reject(apiError(status, error_type)));
        await startAndWait(el);
        await typeCode(el, '123456');
        await waitForState(el, 'expired');
        expect(stepHeading(el)!.textContent).to.contain(heading);
        expect(errorText(el)).to.equal('');
        el.client = null;
        await press(el, 'start-over');
        await waitForState(el, 'created');
      });
    }

    it('a newer setup in another tab replaces this one: it says so and offers Start over', async () => {
      const first = await enrollElement();
      await startAndWait(first);
      const other = await enrollElement(html`<totp-enroll></totp-enroll>`, 'as is');
      await startAndWait(other);
      await waitForState(first, 'expired');
      expect(stepHeading(first)!.textContent).to.contain('newer setup');
      expect(displayedSecret(first)).to.equal('');
      expect(other.state).to.equal('created');
    });
  });

  describe('3. Save recovery codes and 4. Done', () => {
    it('shows the codes after the code is confirmed; Finish waits for the checkbox; Done fires totp-finished', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      expect(displayedRecoveryCodes(el)).to.deep.equal([]);
      await confirmCode(el);
      expect(stepOf(el)).to.equal('codes');
      await focusedHeading(el);
      expect(displayedRecoveryCodes(el)).to.deep.equal(detail.recovery_codes);
      expect(partButton(el, 'finish-button').disabled).to.equal(true);
      await tickSaved(el);
      expect(partButton(el, 'finish-button').disabled).to.equal(false);
      await press(el, 'finish-button');
      expect(stepOf(el)).to.equal('done');
      await focusedHeading(el);
      const finished = recorder.of('totp-finished') as TotpFinishedEvent[];
      expect(finished).to.have.length(1);
      expect(finished[0]!.bubbles && finished[0]!.composed).to.equal(true);
      expect(finished[0]!.detail).to.deep.equal({ totp_id: detail.totp_id, user_id: detail.user_id, saved_by: 'confirmed' });
      expect(el.shadowRoot!.innerHTML).not.to.contain(detail.recovery_codes[0]);
    });

    it('Download names the service and has a header; it enables Finish', async () => {
      const el = await enrollElement(html`<totp-enroll issuer="Acme Corp" account-name="ada@example.com"></totp-enroll>`);
      await startAndWait(el);
      await confirmCode(el);
      const clicks: HTMLAnchorElement[] = [];
      sandbox.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) { clicks.push(this); });
      await press(el, 'download-button');
      sandbox.restore();
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.download).to.equal('Acme-Corp-recovery-codes.txt');
      const text = await (await fetch(clicks[0]!.href)).text();
      const [header, codes] = text.split('\n\n');
      expect(header).to.contain('Acme Corp').and.to.contain('ada@example.com').and.to.contain('Each code works once')
        .and.to.contain(String(new Date().getFullYear()));
      expect(codes!.trim().split('\n')).to.deep.equal(displayedRecoveryCodes(el));
      expect(partButton(el, 'finish-button').disabled).to.equal(false);
      await press(el, 'finish-button');
      expect((recorder.of('totp-finished')[0] as TotpFinishedEvent).detail.saved_by).to.equal('downloaded');
    });

    it('Print prints only the codes, from a frame of their own', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      await confirmCode(el);
      const printed: string[] = [];
      sandbox.stub(printer, 'print').callsFake((view: Window) => { printed.push(view.document.body.textContent ?? ''); });
      await press(el, 'print-button');
      expect(printed).to.have.length(1);
      // The header (service, account, date, "each code works once"), a blank line, the codes: nothing else.
      const [header, codes, ...rest] = printed[0]!.split('\n\n');
      expect(header!.split('\n')).to.have.length(4);
      expect(codes!.trim().split('\n')).to.deep.equal(displayedRecoveryCodes(el));
      expect(rest.join('').trim()).to.equal('');
      expect(partButton(el, 'finish-button').disabled).to.equal(false);
    });

    it('Copy all copies the codes one a line under the file\'s header, says "Copied" and enables Finish', async () => {
      await executeServerCommand('grant-clipboard');
      const el = await enrollElement();
      await startAndWait(el);
      await confirmCode(el);
      await press(el, 'copy-all');
      await waitUntil(() => partButton(el, 'copy-all').textContent!.includes('Copied'), 'Copied');
      // The header is the downloaded file's (test/enroll/ending.test.ts); then a blank line, the codes.
      expect((await navigator.clipboard.readText()).split('\n\n')[1]!.trim()).to.equal(displayedRecoveryCodes(el).join('\n'));
      expect(partButton(el, 'finish-button').disabled).to.equal(false);
    });
  });

  describe('at 360 × 740', () => {
    before(async () => {
      await setViewport({ width: 360, height: 740 });
      document.body.style.margin = '0';
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
      document.body.style.margin = '';
    });

    for (const lang of ['en', 'de']) {
      it(`every step fits the screen (${lang}); tap targets are at least 44 px`, async () => {
        // A page's usual 16 px margins: the element is 328 px wide.
        const el = await enrollElement(html`<div lang=${lang} style="padding: 0 16px"><totp-enroll issuer="Acme Corp"></totp-enroll></div>`);
        const heights: Record<string, number> = {};
        const measure = async (name: string) => {
          await el.updateComplete;
          heights[name] = Math.ceil(el.getBoundingClientRect().height);
          for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('button, a, summary, label.check')) {
            const box = target.getBoundingClientRect();
            if (box.width === 0) continue;
            expect(box.height, `${name}: ${target.outerHTML.slice(0, 60)}`).to.be.at.least(44);
            expect(box.width, `${name}: ${target.outerHTML.slice(0, 60)}`).to.be.at.least(44);
          }
        };
        await measure('idle');
        await startAndWait(el);
        await measure('scan');
        await openManualEntry(el);
        await measure('scan, key shown');
        const secret = secretOnScreen(el);
        await press(el, 'next-button');
        await measure('confirm');
        await typeCode(el, wrongCode(secret));
        await waitUntil(() => errorText(el) !== '', 'the wrong-code message');
        await typeCode(el, wrongCode(secret));
        await waitUntil(() => errorText(el).length > 120, 'the clock hint');
        await measure('confirm, clock hint');
        await confirmCode(el, secret);
        await measure('codes');
        await tickSaved(el);
        await press(el, 'finish-button');
        await measure('done');
        console.log(`heights at 360×740 (${lang}, 328 px wide): ${JSON.stringify(heights)}`);
        for (const [name, height] of Object.entries(heights)) expect(height, name).to.be.at.most(740);
      });
    }
  });
});
