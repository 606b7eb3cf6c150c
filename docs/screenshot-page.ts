/**
 * Page module of docs/screenshot-page.html: helpers that put the one <totp-enroll> on the
 * page into each state, for scripts/screenshots.mjs. Load the page once per state: the
 * helpers change the element, and `expired` changes the page's clock.
 */
import { Secret, TOTP } from 'otpauth';
import { TotpApiError, type TotpApi, type TotpEnroll, type TotpEnrollState } from '../src/index.js';
import { HttpTotpApi } from '../src/api/index.js';
import '../src/elements/i18n/locales/de.js';
import '../src/elements/i18n/locales/ar.js';
import { en as englishStrings } from '../src/elements/enroll/flow/flow-strings.js';

const el = document.querySelector<TotpEnroll>('#subject')!;
el.issuer = 'Acme';
// The setup's states are a new user's: the demo user (every call without a session) may have an
// app from an earlier shot, which the element would show as on.
const http = new HttpTotpApi();
el.client = {
  create: (params, options) => http.create(params, options),
  authenticate: (params, options) => http.authenticate(params, options),
  getUser: async () => ({ user_id: 'user-test-local-demo', totps: [] }),
} satisfies TotpApi;

// ?variant=de|rtl|theme: the same states in German, in Arabic right to left, or in a custom theme.
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

function totpFor(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
}

/** Resolves once `check()` is true, polling each frame; rejects after `timeoutMs`. */
async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what} (state: ${el.state})`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await el.updateComplete;
}

async function reach(state: TotpEnrollState): Promise<void> {
  await until(`state "${state}"`, () => el.state === state);
}

/** "Set up" is inert while the element checks the user: start once it knows the user has no app. */
async function startWhenIdle(): Promise<void> {
  await reach('idle');
  void el.start();
}

/** Starts the element and resolves with the secret of the registration it created. */
async function startAndGetSecret(): Promise<string> {
  const created = new Promise<string>((resolve) => {
    el.addEventListener('totp-created', (event) => resolve(event.detail.secret), { once: true });
  });
  await startWhenIdle();
  const secret = await created;
  await reach('created');
  return secret;
}

function part(name: string): HTMLElement {
  const node = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!node) throw new Error(`No [part~="${name}"] (state ${el.state}, step ${el.getAttribute('step')})`);
  return node;
}

async function click(name: string): Promise<void> {
  part(name).click();
  await el.updateComplete;
}

/** Types `code` into the code input as one input event: six digits submit themselves. */
async function typeCode(code: string): Promise<void> {
  if (el.getAttribute('step') === 'scan') await click('next-button');
  const input = part('code-input') as HTMLInputElement;
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A six-digit code that the backend cannot accept for `secret` now (it allows ±1 time step). */
function wrongCodeFor(secret: string): string {
  const totp = totpFor(secret);
  for (const candidate of ['000000', '123456', '111111', '999999', '271828']) {
    if (totp.validate({ token: candidate, window: 3 }) === null) return candidate;
  }
  throw new Error('No wrong code found (astronomically unlikely)');
}

function errorText(): string {
  return el.shadowRoot!.querySelector('#error')?.textContent?.trim() ?? '';
}

/** The local backend for Create; `authenticate` as given. */
function clientWith(authenticate: TotpApi['authenticate']): TotpApi {
  const http = new HttpTotpApi();
  return { create: (params, options) => http.create(params, options), authenticate };
}

const rejectWith = (status_code: number, error_type: string, retry_after?: number) => () =>
  Promise.reject(new TotpApiError({ status_code, error_type, error_message: error_type, ...(retry_after ? { retry_after } : {}) }));

/**
 * The demo user enrolled afresh (its Create replaces an earlier app), and a client over HTTP with
 * the session its Authenticate started, which says — as the SDK adapter does from its session —
 * that the session has no second factor until a step-up: the "on" state and its screens.
 */
async function enrolledUser(passed = false): Promise<{ secret: string; api: HttpTotpApi }> {
  const created = await http.create({ expiration_minutes: 60 });
  const signedIn = await http.authenticate({ totp_code: totpFor(created.secret).generate(), session_duration_minutes: 60 });
  const api = new HttpTotpApi({ publicToken: 'public-token-test-local', sessionToken: signedIn.session_token });
  el.client = {
    create: (params, options) => api.create(params, options),
    authenticate: async (params, options) => {
      const answer = await api.authenticate(params, options);
      passed = true;
      return answer;
    },
    recover: (params, options) => api.recover(params, options),
    getUser: (options) => api.getUser(options),
    sessionHasSecondFactor: () => passed,
    recoveryCodes: (options) => api.recoveryCodes(options),
    deleteTotp: (id, options) => api.deleteTotp(id, options),
  } satisfies TotpApi;
  await reach('enrolled');
  return { secret: created.secret, api };
}

async function toStepUp(): Promise<string> {
  const { secret } = await enrolledUser();
  await click('view-codes-button');
  await until('the step-up', () => el.getAttribute('step') === 'step-up');
  return secret;
}

async function toCodes(): Promise<void> {
  const secret = await startAndGetSecret();
  await typeCode(totpFor(secret).generate());
  await reach('verified');
}

const states: Record<string, () => Promise<void>> = {
  async idle() {
    await reach('idle');
  },
  async creating() {
    el.client = { create: () => never(), authenticate: () => never() } satisfies TotpApi;
    await startWhenIdle();
    await reach('creating');
  },
  async scan() {
    await startAndGetSecret();
  },
  async 'scan-key'() {
    await startAndGetSecret();
    (part('manual-entry') as HTMLDetailsElement).open = true;
  },
  async confirm() {
    await startAndGetSecret();
    await click('next-button');
  },
  async 'wrong-code'() {
    const secret = await startAndGetSecret();
    await typeCode(wrongCodeFor(secret));
    await until('the wrong-code message', () => el.state === 'created' && errorText() !== '');
    await typeCode(wrongCodeFor(secret));
    await until('the clock hint', () => el.state === 'created' && errorText().includes(englishStrings.clockHint.slice(0, 12)) || /Uhr/.test(errorText()));
  },
  async 'locked-out'() {
    el.client = clientWith(rejectWith(429, 'too_many_requests', 27));
    await startAndGetSecret();
    await typeCode('123456');
    await until('the lockout', () => el.state === 'created' && errorText() !== '');
  },
  async verifying() {
    el.client = clientWith(() => never());
    await startAndGetSecret();
    await typeCode('123456');
    await reach('verifying');
  },
  async codes() {
    await toCodes();
  },
  async done() {
    await toCodes();
    (part('saved-checkbox').querySelector('input') as HTMLInputElement).click();
    await el.updateComplete;
    await click('finish-button');
  },
  async expired() {
    el.setAttribute('expiration-minutes', '5');
    await startAndGetSecret();
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + 6 * 60_000;
    // The expiry countdown wakes once a second.
    await until('state "expired"', () => el.state === 'expired', 5_000);
  },
  async replaced() {
    el.client = clientWith(rejectWith(404, 'totp_not_found'));
    await startAndGetSecret();
    await typeCode('123456');
    await reach('expired');
  },
  async error() {
    el.client = {
      create: () => Promise.reject(new TotpApiError({
        status_code: 0, error_type: 'network_error',
        error_message: 'Could not reach the server at https://api.example.com. Check the connection and try again.',
      })),
      authenticate: () => never(),
    } satisfies TotpApi;
    await startWhenIdle();
    await reach('error');
  },
  async checking() {
    el.client = { create: () => never(), authenticate: () => never(), getUser: () => never() } satisfies TotpApi;
    await reach('checking');
  },
  async on() {
    await enrolledUser();
  },
  async 'step-up'() {
    await toStepUp();
  },
  async 'step-up-wrong-code'() {
    const secret = await toStepUp();
    await typeCode(wrongCodeFor(secret));
    await until('the wrong-code message', () => errorText() !== '');
  },
  async 'step-up-recovery-code'() {
    await toStepUp();
    await click('method-button');
  },
  async 'recovery-codes'() {
    const secret = await toStepUp();
    // The enrollment used the current code: the app's next one.
    await typeCode(totpFor(secret).generate({ timestamp: Date.now() + 30_000 }));
    await until('the codes', () => el.getAttribute('step') === 'recovery-codes');
  },
  async remove() {
    await enrolledUser();
    await click('remove-button');
  },
  async replace() {
    await enrolledUser();
    await click('replace-button');
  },
  async 'removed-elsewhere'() {
    const { api } = await enrolledUser(true);
    const totp = ((await api.getUser())?.totps as { totp_id: string }[])[0]!;
    await api.deleteTotp(totp.totp_id);
    await click('view-codes-button');
    await until('the notice', () => el.getAttribute('step') === 'removed-elsewhere');
  },
  async 'config-error'() {
    // The HTTP client at a bad api-base (the page's own client would ignore it).
    el.client = null;
    el.setAttribute('api-base', 'javascript:alert(1)');
    await startWhenIdle();
    await reach('error');
  },
};

/** Freezes every animation in the element at a fixed frame, so images are stable. */
async function freeze(): Promise<void> {
  await el.updateComplete;
  for (const animation of el.shadowRoot!.getAnimations()) {
    animation.pause();
    animation.currentTime = 300;
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

declare global {
  interface Window {
    screenshotPage: { states: string[]; show(state: string): Promise<string>; freeze(): Promise<void> };
  }
}

window.screenshotPage = {
  states: Object.keys(states),
  async show(state) {
    const enter = states[state];
    if (!enter) throw new Error(`Unknown state "${state}"; known: ${Object.keys(states).join(', ')}`);
    await customElements.whenDefined('totp-enroll');
    await enter();
    await freeze();
    return `${el.state}${el.hasAttribute('step') ? `/${el.getAttribute('step')}` : ''}`;
  },
  freeze,
};
document.documentElement.dataset.ready = 'true';
