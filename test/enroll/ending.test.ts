/*
 * How a setup ends (issue 20, "A real ending"): Done says done and offers the page's way on, an
 * unfinished setup tells the page it expired or was replaced, Copy all carries the file's header,
 * the issuer defaults to the site's name, and the code field is focused on Confirm.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { HttpTotpApi, TotpApiError, type TotpApi } from '../../src/api/index.js';
import type { TotpEnroll, TotpExpiredEvent, TotpFinishedEvent } from '../../src/index.js';
import { issuerOf } from '../../src/elements/enroll/flow/issuer.js';
import { nextCode } from '../challenge/harness.js';
import { focusedIn } from '../support/element-harness.js';
import {
  $, announcement, clearStytchCookies, codeInput, confirmCode, displayedRecoveryCodes, enrollElement, partButton, press,
  recordEvents, startAndWait, stepHeading, stepOf, tickSaved, typeCode, waitForState,
} from './harness.js';
import { choose, enterStepUpCode, managedElement, oneFactorUser, shownCodes, waitForScreen } from './enrolled-harness.js';

/** Scan → Confirm → codes → ticked → Finish: the Done step. */
async function finish(el: TotpEnroll): Promise<void> {
  await startAndWait(el);
  await confirmCode(el);
  await tickSaved(el);
  partButton(el, 'finish-button').focus();
  await press(el, 'finish-button');
  await waitUntil(() => stepOf(el) === 'done', 'Done');
}

/** A light-DOM child the browser lays out (a child whose slot is not rendered has no box). */
const shown = (node: Element) => node.getClientRects().length > 0;

/** The local backend for Create; `authenticate` refuses with a setup that ended. */
function refusing(status_code: number, error_type: string): TotpApi {
  const real = new HttpTotpApi();
  return {
    create: (params, options) => real.create(params, options),
    authenticate: () => Promise.reject(new TotpApiError({ status_code, error_type, error_message: 'technical' })),
  };
}

describe('the ending', () => {
  let recorder: ReturnType<typeof recordEvents>;
  const sandbox = sinon.createSandbox();
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => { recorder.stop(); sandbox.restore(); });

  describe('Done says done', () => {
    it('a success heading instead of "Step 4 of 4", announced once; the heading takes focus; totp-finished fires once', async () => {
      const el = await enrollElement();
      await finish(el);
      expect($(el, '[part~="progress"]'), 'no progress bar on Done').to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('Step 4 of 4');
      expect(stepHeading(el)!.textContent!.trim()).to.equal('Your authenticator app is set up');
      await waitUntil(() => focusedIn(el) === stepHeading(el), 'focus on the success heading');
      await waitUntil(() => announcement(el) === 'Your authenticator app is set up', `announced "${announcement(el)}"`);
      expect(recorder.of('totp-finished')).to.have.length(1);
    });

    it('the page\'s own Continue (slot="continue") shows on Done only, and takes focus there', async () => {
      const el = await enrollElement(html`<totp-enroll><a slot="continue" href="#account">Continue</a></totp-enroll>`);
      const action = el.querySelector('a[slot="continue"]')!;
      expect(shown(action), 'hidden before the setup starts').to.equal(false);
      await startAndWait(el);
      expect(shown(action), 'hidden on Scan').to.equal(false);
      await confirmCode(el);
      expect(shown(action), 'hidden on the codes').to.equal(false);
      await tickSaved(el);
      await press(el, 'finish-button');
      expect(shown(action), 'shown on Done').to.equal(true);
      const slot = $(el, 'slot[name="continue"]') as HTMLSlotElement;
      expect(slot.assignedElements()).to.deep.equal([action]);
      await waitUntil(() => document.activeElement === action, `focus on Continue (focused: ${document.activeElement?.outerHTML.slice(0, 60)})`);
      // Below the success message, in the card.
      expect(action.getBoundingClientRect().top).to.be.greaterThan($(el, '[part~="status"]')!.getBoundingClientRect().bottom - 1);
      expect((recorder.of('totp-finished')[0] as TotpFinishedEvent).detail.saved_by).to.equal('confirmed');
    });

    it('focus reaches Continue after a Finish click that focused nothing too (Safari\'s)', async () => {
      const el = await enrollElement(html`<totp-enroll><a slot="continue" href="#account">Continue</a></totp-enroll>`);
      await startAndWait(el);
      await confirmCode(el);
      await tickSaved(el);
      (document.activeElement as HTMLElement | null)?.blur();
      (focusedIn(el) as HTMLElement | null)?.blur();
      expect(document.activeElement).to.equal(document.body);
      partButton(el, 'finish-button').click();
      await el.updateComplete;
      await waitUntil(() => document.activeElement === el.querySelector('a[slot="continue"]'), `focus on Continue (focused: ${document.activeElement?.outerHTML.slice(0, 60)})`);
    });

    it('a slotted wrapper: focus goes to the first control inside it', async () => {
      const el = await enrollElement(html`<totp-enroll><div slot="continue"><p>All set.</p><button>Go to your account</button></div></totp-enroll>`);
      await finish(el);
      await waitUntil(() => document.activeElement === el.querySelector('button'), 'focus on the wrapped button');
    });
  });

  describe('totp-expired', () => {
    it('fires once when the setup\'s time runs out on screen, with its id and no secret', async () => {
      const el = await enrollElement(html`<totp-enroll expiration-minutes="5"></totp-enroll>`);
      await startAndWait(el);
      const created = recorder.of('totp-created')[0] as Event & { detail: { totp_id: string; user_id: string; secret: string } };
      // Six minutes later, as the element's clock sees it: its countdown wakes within a second.
      const now = Date.now.bind(Date);
      sandbox.stub(Date, 'now').callsFake(() => now() + 6 * 60_000);
      await waitForState(el, 'expired', 3000);
      expect(stepHeading(el)!.textContent).to.contain('expired');
      const expired = recorder.of('totp-expired') as TotpExpiredEvent[];
      expect(expired).to.have.length(1);
      expect(expired[0]!.bubbles && expired[0]!.composed).to.equal(true);
      expect(expired[0]!.detail).to.deep.equal({ totp_id: created.detail.totp_id, user_id: created.detail.user_id, reason: 'expired' });
      expect(JSON.stringify(expired[0]!.detail)).not.to.contain(created.detail.secret);
    });

    it('fires once with reason "expired" when the backend says the setup expired (a code was sent)', async () => {
      const el = await enrollElement();
      el.client = refusing(400, 'totp_expired');
      await startAndWait(el);
      await typeCode(el, '123456');
      await waitForState(el, 'expired');
      const expired = recorder.of('totp-expired') as TotpExpiredEvent[];
      expect(expired.map((event) => event.detail.reason)).to.deep.equal(['expired']);
    });

    it('fires once with reason "replaced" on the setup a newer one (another tab) replaced, not on the newer one', async () => {
      const first = await enrollElement();
      await startAndWait(first);
      const firstId = (recorder.of('totp-created')[0] as Event & { detail: { totp_id: string } }).detail.totp_id;
      const other = await enrollElement(html`<totp-enroll></totp-enroll>`, 'as is');
      await startAndWait(other);
      await waitForState(first, 'expired');
      const expired = recorder.of('totp-expired') as TotpExpiredEvent[];
      expect(expired.map((event) => [event.target, event.detail.reason, event.detail.totp_id])).to.deep.equal([[first, 'replaced', firstId]]);
    });

    it('does not fire on reset, nor for a setup that was confirmed and finished', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      el.reset();
      await finish(el);
      expect(recorder.of('totp-expired')).to.deep.equal([]);
    });
  });

  describe('Copy all', () => {
    before(() => executeServerCommand('grant-clipboard'));

    it('copies the downloaded file\'s text: the header (service, account, date, "each code works once"), then the codes', async () => {
      const el = await enrollElement(html`<totp-enroll issuer="Acme Corp" account-name="ada@example.com"></totp-enroll>`);
      await startAndWait(el);
      await confirmCode(el);
      await press(el, 'copy-all');
      await waitUntil(() => partButton(el, 'copy-all').textContent!.includes('Copied'), 'Copied');
      const copied = await navigator.clipboard.readText();
      const clicks: HTMLAnchorElement[] = [];
      sandbox.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) { clicks.push(this); });
      await press(el, 'download-button');
      sandbox.restore();
      expect(copied).to.equal(await (await fetch(clicks[0]!.href)).text());
      const [header, codes] = copied.split('\n\n');
      expect(header).to.contain('Acme Corp').and.to.contain('ada@example.com').and.to.contain('Each code works once')
        .and.to.contain(String(new Date().getFullYear()));
      expect(codes!.trim().split('\n')).to.deep.equal(displayedRecoveryCodes(el));
    });

    it('"View recovery codes" copies the same header', async () => {
      const user = await oneFactorUser();
      const el = await managedElement();
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      await enterStepUpCode(el, nextCode(user.secret));
      await waitForScreen(el, 'recovery-codes');
      await choose(el, 'copy-all');
      await waitUntil(() => $(el, '[part~="copy-all"]')!.textContent!.includes('Copied'), 'Copied');
      const [header, codes] = (await navigator.clipboard.readText()).split('\n\n');
      expect(header).to.contain(location.hostname).and.to.contain('Each code works once').and.to.contain(String(new Date().getFullYear()));
      expect(codes!.trim().split('\n')).to.deep.equal(shownCodes(el));
    });
  });

  describe('the issuer by default', () => {
    const metas: HTMLMetaElement[] = [];
    const meta = (attribute: 'name' | 'property', key: string, content: string) => {
      const node = document.head.appendChild(document.createElement('meta'));
      node.setAttribute(attribute, key);
      node.content = content;
      metas.push(node);
    };
    afterEach(() => { for (const node of metas.splice(0)) node.remove(); });

    it('is the site\'s name (<meta name="application-name">) in the "Open in app" link and the codes file', async () => {
      meta('property', 'og:site_name', 'Acme (og)');
      meta('name', 'application-name', 'Acme Notes');
      sandbox.stub(window, 'matchMedia').callsFake((query: string) => ({ matches: query === '(pointer: coarse)', media: query }) as MediaQueryList);
      const el = await enrollElement();
      await startAndWait(el);
      const link = $(el, '[part~="open-in-app"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')!.startsWith('otpauth://totp/Acme%20Notes:demo%40example.com?')).to.equal(true);
      expect(new URL(link.href).searchParams.get('issuer')).to.equal('Acme Notes');
      await confirmCode(el);
      const clicks: HTMLAnchorElement[] = [];
      sandbox.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) { clicks.push(this); });
      await press(el, 'download-button');
      expect(clicks[0]!.download).to.equal('Acme-Notes-recovery-codes.txt');
      expect((await (await fetch(clicks[0]!.href)).text()).split('\n')[0]).to.contain('Acme Notes');
    });

    it('else og:site_name, else the host name without www.; a page-set issuer wins', () => {
      const page = (metaTags: string, hostname: string) => {
        const doc = document.implementation.createHTMLDocument('');
        doc.head.innerHTML = metaTags;
        return { querySelector: (selector: string) => doc.querySelector(selector), location: { hostname } } as unknown as Document;
      };
      expect(issuerOf('', page('<meta property="og:site_name" content=" Acme Shop ">', 'www.example.com'))).to.equal('Acme Shop');
      expect(issuerOf('', page('<meta name="application-name" content="">', 'www.example.com'))).to.equal('example.com');
      expect(issuerOf('', page('', 'app.example.com'))).to.equal('app.example.com');
      expect(issuerOf('Acme Corp', page('<meta name="application-name" content="Acme Notes">', 'www.example.com'))).to.equal('Acme Corp');
    });
  });

  describe('Confirm', () => {
    it('Next puts focus in the code field: the code is typed with no key pressed first', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      partButton(el, 'next-button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => stepOf(el) === 'confirm', 'Confirm');
      await waitUntil(() => !!codeInput(el) && focusedIn(el) === codeInput(el), `focus in the code field (focused: ${focusedIn(el)?.outerHTML.slice(0, 60)})`);
      await sendKeys({ type: '12' });
      expect(codeInput(el).value).to.equal('12');
      await waitUntil(() => announcement(el) === 'Step 2 of 4: Enter the 6-digit code', `announced "${announcement(el)}"`);
    });

    it('also after a click that focused nothing (Safari does not focus a clicked button)', async () => {
      const el = await enrollElement();
      await startAndWait(el);
      (document.activeElement as HTMLElement | null)?.blur();
      expect(document.activeElement).to.equal(document.body);
      partButton(el, 'next-button').click();
      await el.updateComplete;
      await waitUntil(() => !!codeInput(el) && focusedIn(el) === codeInput(el), `focus in the code field (focused: ${document.activeElement?.outerHTML.slice(0, 60)})`);
    });
  });
});
