/*
 * <totp-challenge> in a page served with a strict Content-Security-Policy and Trusted Types
 * enforced (test/support/csp-page.html): a code and a recovery code accepted, no violation.
 */
import { expect } from '@open-wc/testing';
import type { TotpChallenge } from '../../src/challenge.js';
import { CSP_POLICIES, type CspPolicyName } from '../support/csp.js';
import { PUBLIC_TOKEN } from '../support/backend.js';
import { clearStytchCookies, enrolledUser, enter, nextCode, typeCode, useRecoveryCode, waitForState } from './harness.js';

type CspWindow = Window & typeof globalThis & { cspViolations: unknown[] };
const frames: HTMLIFrameElement[] = [];

async function openCspPage(policy: CspPolicyName): Promise<CspWindow> {
  const url = `/test/support/csp-page.html?policy=${policy}`;
  expect((await fetch(url)).headers.get('Content-Security-Policy')).to.equal(CSP_POLICIES[policy]);
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  await win.customElements.whenDefined('totp-challenge');
  return win;
}

describe('<totp-challenge> under a strict CSP with Trusted Types', () => {
  beforeEach(clearStytchCookies);
  afterEach(() => { for (const frame of frames.splice(0)) frame.remove(); clearStytchCookies(); });

  for (const policy of ['strict', 'minimal'] as const) {
    it(`accepts a code, then a recovery code, under the ${policy} policy, with no violation`, async () => {
      const user = await enrolledUser();
      const win = await openCspPage(policy);
      const make = async () => {
        const el = win.document.createElement('totp-challenge') as TotpChallenge;
        el.setAttribute('public-token', PUBLIC_TOKEN);
        el.sessionToken = user.session_token;
        win.document.body.append(el);
        await el.updateComplete;
        return el;
      };
      const byCode = await make();
      await typeCode(byCode, nextCode(user.secret));
      await waitForState(byCode, 'verified');
      const byRecovery = await make();
      await useRecoveryCode(byRecovery);
      await enter(byRecovery, user.recovery_codes[7]!);
      await waitForState(byRecovery, 'verified');
      expect(win.cspViolations).to.deep.equal([]);
    });
  }
});
