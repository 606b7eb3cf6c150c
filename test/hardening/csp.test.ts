/*
 * Item 5: the whole flow (create → QR → code → verified) in a page served with a strict
 * Content-Security-Policy (test/support/csp-page.html, header added by the test runner's
 * middleware), loading the element from 'self' as a host page would, with no
 * securitypolicyviolation. The test drives the page in an iframe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { type TotpEnroll } from '../../src/index.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { currentCode, newSession } from '../support/backend.js';
import { CSP_POLICIES, type CspPolicyName } from '../support/csp.js';
import { decodeQr } from '../support/decode-qr.js';
import { $, clearStytchCookies, displayedSecret, startButton, submitCode, waitForState } from '../enroll/harness.js';

interface Violation { directive: string; blockedURI: string; sample: string; source: string }
type CspWindow = Window & typeof globalThis & { cspViolations: Violation[] };

const frames: HTMLIFrameElement[] = [];

async function openCspPage(policy: CspPolicyName): Promise<CspWindow> {
  const url = `/test/support/csp-page.html?policy=${policy}`;
  const served = await fetch(url);
  expect(served.headers.get('Content-Security-Policy')).to.equal(CSP_POLICIES[policy]);
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  await win.customElements.whenDefined('totp-enroll');
  return win;
}

async function addElement(win: CspWindow, attributes: Record<string, string> = {}): Promise<TotpEnroll> {
  const el = win.document.createElement('totp-enroll') as TotpEnroll;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  win.document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Create → QR → code → verified, as a user does it; returns what the QR code said and how it was shown. */
async function fullFlow(el: TotpEnroll): Promise<{ uri: URL; qr: Element }> {
  startButton(el).click();
  await waitForState(el, 'created');
  const secret = displayedSecret(el).replace(/ /g, '');
  const qr = $(el, '[part~="qr-image"]')!;
  let qrText: string;
  if (qr.localName === 'canvas') {
    qrText = await decodeQr((qr as HTMLCanvasElement).toDataURL());
  } else {
    const image = qr as HTMLImageElement;
    await image.decode(); // rejects if the policy blocked the image
    expect(image.naturalWidth).to.be.greaterThan(0);
    qrText = await decodeQr(image.src);
  }
  const uri = new URL(qrText);
  expect(uri.searchParams.get('secret')).to.equal(secret);
  await submitCode(el, currentCode(secret));
  await waitForState(el, 'verified');
  return { uri, qr };
}

describe('hardening: strict Content-Security-Policy', () => {
  beforeEach(async () => {
    clearStytchCookies();
    // A fresh user, by the session cookie the page's requests carry.
    const { session_token } = await newSession();
    document.cookie = `stytch_session=${session_token}; path=/`;
  });
  afterEach(() => {
    clearStytchCookies();
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('the detector works: the policy is enforced and breaches are recorded', async () => {
    const win = await openCspPage('strict');
    win.document.body.setAttribute('style', 'color: red');
    expect(() => { win.document.body.innerHTML = '<b>x</b>'; }).to.throw(/TrustedHTML/);
    const image = win.document.createElement('img');
    image.src = 'https://example.invalid/x.png';
    win.document.body.append(image);
    const directives = () => win.cspViolations.map((violation) => violation.directive);
    await waitUntil(() => directives().includes('img-src'), 'the img-src violation is reported');
    expect(directives()).to.include.members(['style-src-attr', 'require-trusted-types-for', 'img-src']);
  });

  for (const policy of ['strict', 'minimal'] as const) {
    it(`the whole flow works under the ${policy} policy, with no violation`, async () => {
      const win = await openCspPage(policy);
      const el = await addElement(win);
      await fullFlow(el);
      expect(win.cspViolations).to.deep.equal([]);
    });

    it(`the element's own QR drawing (backend sent none) works under the ${policy} policy`, async () => {
      const win = await openCspPage(policy);
      const el = await addElement(win);
      // The backend's QR dropped, so the element draws an SVG data: URL with `qrcode`, loaded
      // lazily in the page. Requests use the page's fetch, under its connect-src.
      const api = new HttpTotpApi({ fetch: win.fetch.bind(win) });
      el.client = {
        create: async (params, options) => ({ ...(await api.create(params, options)), qr_code: '' }),
        authenticate: (params, options) => api.authenticate(params, options),
      };
      const { qr } = await fullFlow(el);
      expect((qr as HTMLImageElement).src).to.match(/^data:image\/svg\+xml/);
      expect(win.cspViolations).to.deep.equal([]);
    });
  }

  it('a site that forbids data: images blocks the backend QR (why qr-canvas exists)', async () => {
    const win = await openCspPage('noDataImages');
    const el = await addElement(win);
    startButton(el).click();
    await waitForState(el, 'created');
    const image = $(el, 'img[part~="qr-image"]') as HTMLImageElement;
    await image.decode().catch(() => undefined);
    await waitUntil(() => win.cspViolations.some((violation) => violation.directive === 'img-src'), 'the img-src violation is reported');
  });

  for (const policy of ['noDataImages', 'minimalCanvas'] as const) {
    it(`qr-canvas: the whole flow works under ${policy} (no data: images), with no violation`, async () => {
      const win = await openCspPage(policy);
      const el = await addElement(win, { 'qr-canvas': '' });
      const { uri, qr: canvas } = await fullFlow(el);
      expect(uri.protocol).to.equal('otpauth:');
      expect(canvas.localName).to.equal('canvas');
      expect(canvas.getAttribute('part')).to.equal('qr-image');
      expect(canvas.getAttribute('role')).to.equal('img');
      expect(canvas.getAttribute('aria-label')).to.contain('QR code');
      expect(win.cspViolations).to.deep.equal([]);
    });
  }
});
