import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { TotpApiError, type TotpApi, type TotpChallenge } from '../../src/challenge.js';
import '../../src/elements/i18n/locales/de.js';
import { $, challengeElement, clearStytchCookies, enter, errorText, typeInto, useRecoveryCode, waitForChallengeState } from './harness.js';

export const CHALLENGE_STATES = [
  'code', 'recovery code', 'verifying', 'wrong code', 'wrong recovery code', 'locked out', 'network error',
  'signed in', 'signed in with a recovery code', 'not enrolled', 'signed out',
] as const;
export type ChallengeStateName = (typeof CHALLENGE_STATES)[number];

const session = { request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' }, session_token: 'x', session_jwt: 'y' };
const fail = (status_code: number, error_type: string, retry_after?: number) => () =>
  Promise.reject(new TotpApiError({ status_code, error_type, error_message: 'technical', ...(retry_after ? { retry_after } : {}) }));

/** A challenge element put into a named state with a scripted client (no timing, no backend). */
export async function challengeIn(name: ChallengeStateName, template = html`<totp-challenge></totp-challenge>`): Promise<TotpChallenge> {
  const host = await challengeElement(template);
  const el = host.localName === 'totp-challenge' ? host : host.querySelector('totp-challenge')!;
  const answers: Partial<Record<ChallengeStateName, { authenticate?: () => Promise<unknown>; recover?: () => Promise<unknown> }>> = {
    verifying: { authenticate: () => new Promise(() => {}) },
    'wrong code': { authenticate: fail(401, 'otp_code_not_found') },
    'wrong recovery code': { recover: fail(401, 'recovery_code_not_found') },
    'locked out': { authenticate: fail(429, 'too_many_requests', 600) },
    'network error': { authenticate: fail(0, 'network_error') },
    'signed in': { authenticate: async () => session },
    'signed in with a recovery code': { recover: async () => ({ ...session, recovery_codes_remaining: 7 }) },
    'not enrolled': { authenticate: fail(404, 'totp_not_found') },
    'signed out': { authenticate: fail(401, 'unauthorized_credentials') },
  };
  const answer = answers[name] ?? {};
  el.client = {
    create: () => Promise.reject(new Error('unused')),
    authenticate: answer.authenticate ?? (() => new Promise(() => {})),
    recover: answer.recover ?? (() => new Promise(() => {})),
  } as TotpApi;
  await el.updateComplete;
  const byRecovery = name === 'recovery code' || name === 'wrong recovery code' || name === 'signed in with a recovery code';
  if (byRecovery) await useRecoveryCode(el);
  if (name === 'code' || name === 'recovery code') return host as TotpChallenge;
  if (byRecovery) await enter(el, 'abcd-efgh-2345');
  else await typeInto(el, '123456');
  if (name === 'verifying') await waitForChallengeState(el, 'verifying');
  else if (name.startsWith('signed in')) await waitForChallengeState(el, 'verified');
  else if (name === 'not enrolled') await waitForChallengeState(el, 'not-enrolled');
  else if (name === 'signed out') await waitForChallengeState(el, 'signed-out');
  else await waitUntil(() => errorText(el) !== '', `no error in ${name}`);
  await el.updateComplete;
  return host as TotpChallenge;
}

describe('<totp-challenge> accessibility', () => {
  beforeEach(clearStytchCookies);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`axe-core, ${scheme}`, () => {
      beforeEach(() => emulateMedia({ colorScheme: scheme }));
      for (const name of CHALLENGE_STATES) {
        it(`finds no violations in the ${name} state`, async () => {
          const el = await challengeIn(name);
          await expect(el).to.be.accessible();
        });
      }
      it('finds no violations in German, right to left', async () => {
        const host = await challengeIn('wrong recovery code', html`<div lang="de" dir="rtl"><totp-challenge></totp-challenge></div>`);
        await expect(host).to.be.accessible();
      });
    });
  }

  it('the field names its help and its error (aria-describedby), marks itself invalid, and the live region says the error', async () => {
    const el = await challengeIn('wrong code');
    const input = $(el, '#code')!;
    expect(input.getAttribute('aria-describedby')).to.equal('help error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const live = $(el, '[role="status"][aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes('That code didn’t work'));
  });

  it('buttons and the field are at least 24×24 CSS px at 360 px wide (WCAG 2.2 target size)', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await challengeIn('code');
    for (const node of el.shadowRoot!.querySelectorAll('button, input')) {
      const box = node.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24, node.outerHTML.slice(0, 60)).to.equal(true);
    }
  });
});
