/**
 * Page module of docs/challenge-screenshot-page.html: puts the one <totp-challenge> into each
 * state for scripts/screenshots.mjs, with a scripted backend (the states are about what the
 * element shows; the real backend's answers are covered by test/challenge/).
 */
import { TotpApiError, type TotpApi, type TotpChallenge } from '../src/challenge.js';
import '../src/elements/i18n/locales/de.js';
import '../src/elements/i18n/locales/ar.js';

const el = document.querySelector<TotpChallenge>('#subject')!;
const variant = new URLSearchParams(location.search).get('variant');
if (variant === 'de') document.documentElement.lang = 'de';
// Right to left in Arabic, as an Arabic page has it (the card would set its dir from lang="ar" alone).
if (variant === 'rtl') Object.assign(document.documentElement, { lang: 'ar', dir: 'rtl' });
if (variant === 'theme') el.classList.add('forest');
// ?variant=continue: the page's own way on in the success screen's `continue` slot, styled by the page.
if (variant === 'continue') {
  const link = el.appendChild(document.createElement('a'));
  link.slot = 'continue';
  link.href = '#account';
  link.textContent = 'Continue';
  link.style.cssText = 'display:inline-flex;align-items:center;min-height:44px;padding:0 20px;border-radius:8px;background:#1d4ed8;color:#fff;font:600 15px system-ui,sans-serif;text-decoration:none';
}

const never = <T>(): Promise<T> => new Promise<T>(() => {});
const session = {
  request_id: 'request-id-demo', status_code: 200, totp_id: 'totp-demo', user_id: 'user-demo', user: { user_id: 'user-demo' },
  session: { session_id: 'session-demo' }, session_token: 'redacted', session_jwt: 'redacted',
};
const fail = (status_code: number, error_type: string, retry_after?: number) => () =>
  Promise.reject(new TotpApiError({ status_code, error_type, error_message: 'technical', ...(retry_after ? { retry_after } : {}) }));

function client(answers: Partial<Pick<TotpApi, 'authenticate' | 'recover'>>): TotpApi {
  return { create: never, authenticate: answers.authenticate ?? never, recover: answers.recover ?? never } as TotpApi;
}

async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what} (state: ${el.state})`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await el.updateComplete;
}

function input(): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
}

async function type(text: string, submit = false): Promise<void> {
  input().value = text;
  input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (submit) input().form!.requestSubmit();
  await el.updateComplete;
}

async function recovery(): Promise<void> {
  el.useMethod('recovery_code');
  await el.updateComplete;
}

const hasError = () => !!el.shadowRoot!.querySelector('[part~="error"]');

const states: Record<string, () => Promise<void>> = {
  code: async () => {},
  'recovery-code': recovery,
  verifying: async () => { el.client = client({}); await type('123456'); },
  'wrong-code': async () => { el.client = client({ authenticate: fail(401, 'otp_code_not_found') }); await type('123456'); await until('an error', hasError); },
  'wrong-recovery-code': async () => {
    el.client = client({ recover: fail(401, 'recovery_code_not_found') });
    await recovery(); await type('abcd-efgh-2345', true); await until('an error', hasError);
  },
  'locked-out': async () => { el.client = client({ authenticate: fail(429, 'too_many_requests', 60) }); await type('123456'); await until('an error', hasError); },
  'network-error': async () => { el.client = client({ authenticate: fail(0, 'network_error') }); await type('123456'); await until('an error', hasError); },
  'signed-in': async () => { el.client = client({ authenticate: async () => session }); await type('123456'); await until('verified', () => el.state === 'verified'); },
  'signed-in-recovery': async () => {
    el.client = client({ recover: async () => ({ ...session, recovery_codes_remaining: 9 }) });
    await recovery(); await type('abcd-efgh-2345', true); await until('verified', () => el.state === 'verified');
  },
  'not-enrolled': async () => { el.client = client({ authenticate: fail(404, 'totp_not_found') }); await type('123456'); await until('not-enrolled', () => el.state === 'not-enrolled'); },
  'signed-out': async () => { el.client = client({ authenticate: fail(401, 'unauthorized_credentials') }); await type('123456'); await until('signed-out', () => el.state === 'signed-out'); },
};

async function freeze(): Promise<void> {
  await el.updateComplete;
  for (const animation of el.shadowRoot!.getAnimations()) {
    animation.pause();
    animation.currentTime = 300;
  }
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

window.screenshotPage = {
  states: Object.keys(states),
  async show(state) {
    const enter = states[state];
    if (!enter) throw new Error(`Unknown state "${state}"; known: ${Object.keys(states).join(', ')}`);
    await customElements.whenDefined('totp-challenge');
    await el.updateComplete;
    await enter();
    await freeze();
    return `${el.state}/${el.getAttribute('method')}`;
  },
  freeze,
};
document.documentElement.dataset.ready = 'true';
