/*
 * Item 5: each element's whole flow (one row each in SUBJECTS: create → QR → code → verified;
 * a code, then a recovery code) in a page served with a strict Content-Security-Policy
 * (test/support/csp-page.html, header added by the test runner's middleware), loading the
 * elements from 'self' as a host page would, with no securitypolicyviolation. The test drives
 * the page in an iframe. <totp-enroll>'s QR drawing under each policy follows the table.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { TotpEnroll } from '../../src/index.js';
import type { TotpChallenge } from '../../src/challenge.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../support/backend.js';
import { CSP_POLICIES, type CspPolicyName } from '../support/csp.js';
import { decodeQr } from '../support/decode-qr.js';
import { $, clearStytchCookies, waitForState, type TestedElement } from '../support/element-harness.js';
import { displayedSecret, startButton, submitCode } from '../enroll/harness.js';
import { enrolledUser, enter, nextCode, typeCode, useRecoveryCode } from '../challenge/harness.js';
import { choose, enterStepUpCode, oneFactorUser, waitForScreen } from '../enroll/enrolled-harness.js';

interface Violation { directive: string; blockedURI: string; sample: string; source: string }
type CspWindow = Window & typeof globalThis & { cspViolations: Violation[] };

const frames: HTMLIFrameElement[] = [];

async function openCspPage(policy: CspPolicyName, tag = 'totp-enroll'): Promise<CspWindow> {
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
  await win.customElements.whenDefined(tag);
  return win;
}

/** A `<tag>` added to the CSP page, as the host page's own script would add it. */
async function addElement<E extends TestedElement>(win: CspWindow, tag: string, attributes: Record<string, string> = {}): Promise<E> {
  const el = win.document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  win.document.body.append(el);
  await el.updateComplete;
  // <totp-enroll> first asks who the user is: its "Set up" is inert until it knows.
  await waitUntil(() => el.state !== 'checking', `<${tag}> still checks the user`);
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

/** One element, as this suite checks it. */
interface Subject {
  tag: string;
  /** What the flow is, when the tag has more than one. */
  label?: string;
  /** The policies its whole flow works under. */
  policies: readonly CspPolicyName[];
  /** Its whole flow, on the CSP page, as a user goes through it. */
  flow(win: CspWindow): Promise<void>;
}

const SUBJECTS: Subject[] = [
  {
    tag: 'totp-enroll',
    // Not under a policy without data: images: the backend's QR is one (qr-canvas, below, is the way there).
    policies: ['strict', 'minimal'],
    async flow(win) {
      await fullFlow(await addElement<TotpEnroll>(win, 'totp-enroll'));
    },
  },
  {
    tag: 'totp-enroll',
    label: 'an enrolled user\'s',
    // An enrolled user: the "on" state, a step-up, the codes, Remove — its chunk under the policy too.
    policies: ['strict', 'minimal', 'noDataImages'],
    async flow(win) {
      const user = await oneFactorUser();
      const el = await addElement<TotpEnroll>(win, 'totp-enroll', { 'public-token': PUBLIC_TOKEN });
      await waitForState(el, 'enrolled');
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      await enterStepUpCode(el, nextCode(user.secret));
      await waitForScreen(el, 'recovery-codes');
      await choose(el, 'done-button');
      await choose(el, 'remove-button');
      await choose(el, 'remove-button');
      await waitForState(el, 'idle');
    },
  },
  {
    tag: 'totp-challenge',
    // It shows no image: every policy.
    policies: ['strict', 'minimal', 'noDataImages', 'minimalCanvas'],
    async flow(win) {
      const user = await enrolledUser();
      const signIn = async () => {
        const el = await addElement<TotpChallenge>(win, 'totp-challenge', { 'public-token': PUBLIC_TOKEN });
        el.sessionToken = user.session_token;
        await el.updateComplete;
        return el;
      };
      const byCode = await signIn();
      await typeCode(byCode, nextCode(user.secret));
      await waitForState(byCode, 'verified');
      const byRecovery = await signIn();
      await useRecoveryCode(byRecovery);
      await enter(byRecovery, user.recovery_codes[7]!);
      await waitForState(byRecovery, 'verified');
    },
  },
];

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

  for (const row of SUBJECTS) {
    for (const policy of row.policies) {
      it(`<${row.tag}>: ${row.label ?? 'the'} whole flow works under the ${policy} policy, with no violation`, async () => {
        const win = await openCspPage(policy, row.tag);
        await row.flow(win);
        expect(win.cspViolations).to.deep.equal([]);
      });
    }
  }

  for (const policy of ['strict', 'minimal'] as const) {
    it(`<totp-enroll>: its own QR drawing (backend sent none) works under the ${policy} policy`, async () => {
      const win = await openCspPage(policy);
      const el = await addElement<TotpEnroll>(win, 'totp-enroll');
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

  it('<totp-enroll>: a site that forbids data: images blocks the backend QR (why qr-canvas exists)', async () => {
    const win = await openCspPage('noDataImages');
    const el = await addElement<TotpEnroll>(win, 'totp-enroll');
    startButton(el).click();
    await waitForState(el, 'created');
    const image = $(el, 'img[part~="qr-image"]') as HTMLImageElement;
    await image.decode().catch(() => undefined);
    await waitUntil(() => win.cspViolations.some((violation) => violation.directive === 'img-src'), 'the img-src violation is reported');
  });

  for (const policy of ['noDataImages', 'minimalCanvas'] as const) {
    it(`<totp-enroll qr-canvas>: the whole flow works under ${policy} (no data: images), with no violation`, async () => {
      const win = await openCspPage(policy);
      const el = await addElement<TotpEnroll>(win, 'totp-enroll', { 'qr-canvas': '' });
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
