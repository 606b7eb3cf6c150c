import '../src/index.js';
import '../src/challenge.js';
import { StytchHeadlessClient } from '@stytch/vanilla-js/headless';
import type { TotpEnroll } from '../src/index.js';
import type { TotpChallenge } from '../src/challenge.js';
// The German example below: a language is one opt-in module.
import '../src/elements/i18n/locales/de.js';

const log = document.querySelector<HTMLOListElement>('#log')!;
const EVENTS = [
  'totp-created', 'user-change', 'totp-verified', 'totp-error', 'totp-finished', 'totp-removed', 'totp-step-up', 'totp-authenticated',
] as const;

/** The demo shows what each event carries, with secrets masked so the page never displays them twice. */
function mask(key: string, value: unknown): unknown {
  if (key === 'secret' || key === 'session_token' || key === 'session_jwt') return '••••••';
  if (key === 'recovery_codes' && Array.isArray(value)) return `[${value.length} codes]`;
  if (key === 'qr_code' && typeof value === 'string') return `${value.slice(0, 30)}…`;
  if (key === 'error' && value instanceof Error) return { ...value, name: value.name, message: value.message };
  return value;
}

function record(source: string, event: Event) {
  if (source === '') source = (event.currentTarget as Element | null)?.localName ?? '';
  const item = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = `${new Date().toLocaleTimeString()} · #${source} · ${event.type}`;
  const detail = document.createElement('pre');
  detail.textContent = JSON.stringify((event as Event & { detail?: unknown }).detail, mask, 2);
  item.append(title, detail);
  log.prepend(item);
}

for (const element of document.querySelectorAll<TotpEnroll>('totp-enroll')) {
  for (const type of EVENTS) element.addEventListener(type, (event) => record(element.id, event));
}

// Secrets are masked in the log above; never log a real one in production.
// The second example hands the element a real Stytch SDK client; `endpoints.testAPIURL`
// (honoured by the SDK, absent from its types) points it at this dev server's backend.
const sdkOptions = { endpoints: { testAPIURL: location.origin } } as object;
document.querySelector<TotpEnroll>('#sdk')!.client = new StytchHeadlessClient('public-token-test-local', sdkOptions);

document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());

// ── The lifecycle: the demo's first factor, then the second with <totp-challenge> or <totp-enroll>. ──

const slot = document.querySelector<HTMLDivElement>('#lifecycle-slot')!;
const status = document.querySelector<HTMLParagraphElement>('#lifecycle-status')!;
const signInButton = document.querySelector<HTMLButtonElement>('#sign-in')!;
const signOutButton = document.querySelector<HTMLButtonElement>('#sign-out')!;
const accountButton = document.querySelector<HTMLButtonElement>('#account')!;

function show(element: HTMLElement | null, message: string) {
  slot.replaceChildren(...(element ? [element] : []));
  status.textContent = message;
}

function watch(element: HTMLElement) {
  element.id = element.localName === 'totp-challenge' ? 'lifecycle-challenge' : 'lifecycle-enroll';
  for (const type of EVENTS) element.addEventListener(type, (event) => record(element.id, event));
}

function showChallenge() {
  const challenge = document.createElement('totp-challenge') as TotpChallenge;
  watch(challenge);
  challenge.addEventListener('totp-error', (event) => {
    // Routing: no authenticator app yet → enroll one.
    if (event.detail.error.error_type === 'totp_not_found') showEnroll();
    if (challenge.state === 'signed-out') signedOut('Your session expired: sign in again.');
  });
  challenge.addEventListener('totp-authenticated', (event) => {
    status.textContent = event.detail.method === 'totp'
      ? 'Signed in with both factors (a code from the app). Sign out and sign in again to try a recovery code.'
      : 'Signed in with both factors (a recovery code, now used up). Sign out and sign in again: the same code is refused.';
  });
  show(challenge, 'First factor done: now the second.');
}

function showEnroll() {
  const enroll = document.createElement('totp-enroll') as TotpEnroll;
  enroll.autostart = true;
  watch(enroll);
  enroll.addEventListener('totp-finished', () => {
    status.textContent = 'Enrolled. Reload the page: the account settings show the app as on. Or sign out and sign in again: <totp-challenge> will ask for a code.';
  });
  show(enroll, 'No authenticator app yet: set one up.');
}

/**
 * The account page's two-factor settings: the same <totp-enroll>, which knows an enrolled user and
 * shows the app as on (View recovery codes, Replace, Remove; a code first if the session has only
 * the first factor).
 */
function showAccount() {
  const account = document.createElement('totp-enroll') as TotpEnroll;
  watch(account);
  account.id = 'lifecycle-account';
  account.addEventListener('totp-step-up', () => {
    status.textContent = 'Second factor passed in place: the action goes ahead.';
  });
  account.addEventListener('totp-removed', () => {
    status.textContent = 'Removed: no code at the next sign-in. “Set up” enrolls again.';
  });
  account.addEventListener('totp-finished', () => {
    status.textContent = 'Set up again. Sign out and sign in: <totp-challenge> asks for a code from the new app.';
  });
  show(account, 'Account settings: two-factor authentication.');
}

function signedOut(message: string) {
  show(null, message);
  signInButton.disabled = false;
  signOutButton.disabled = true;
  accountButton.disabled = true;
}

function signedIn() {
  signInButton.disabled = true;
  signOutButton.disabled = false;
  accountButton.disabled = false;
}

accountButton.addEventListener('click', showAccount);

// A reload keeps the session (its cookie): the page opens on the account settings. (Without the
// cookie the local backend would answer for its demo user, who stands in for nobody signed in here.)
if (/(^|;\s*)stytch_session=/.test(document.cookie)) void fetch('/sdk/v1/users/me', { credentials: 'same-origin' }).then((response) => {
  if (!response.ok) return;
  signedIn();
  showAccount();
  status.textContent = 'Still signed in (the session cookie survived the reload): your account settings.';
});

signInButton.addEventListener('click', async () => {
  const response = await fetch('/__demo__/sign-in', { method: 'POST' });
  if (!response.ok) {
    status.textContent = 'The demo sign-in is only on the local backend (npm start without STYTCH_PROJECT_ID).';
    return;
  }
  const { email, totp } = (await response.json()) as { email: string; totp: boolean };
  signedIn();
  if (totp) showChallenge();
  else showEnroll();
  status.textContent = totp ? `Signed in as ${email} (first factor). Now the second — or open the account settings: a code first there too.` : `Signed in as ${email}. No authenticator app yet: set one up.`;
});

signOutButton.addEventListener('click', async () => {
  await fetch('/__demo__/sign-out', { method: 'POST' });
  signedOut('Signed out.');
});
