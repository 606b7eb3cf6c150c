/*
 * The lifecycle a visitor follows: the demo's first factor (demo/sign-in.ts, dev server only), then
 * the second with <totp-enroll> (no app yet) or <totp-challenge>, sign out, and the account settings
 * after a reload. The numbered steps on the page follow along; focus moves to what comes next.
 */
import type { TotpEnroll } from '../src/index.js';
import type { TotpChallenge } from '../src/challenge.js';
import type { Authenticator } from './authenticator.js';
import type { EventLog } from './event-log.js';

export interface LifecycleParts {
  log: EventLog;
  phone: Authenticator;
  /** Styles a new element as the page's switches say (theme). */
  decorate: (element: HTMLElement) => void;
}

export function lifecycle({ log, phone, decorate }: LifecycleParts) {
  const slot = document.querySelector<HTMLDivElement>('#lifecycle-slot')!;
  const title = document.querySelector<HTMLHeadingElement>('#stage-title')!;
  const status = document.querySelector<HTMLParagraphElement>('#lifecycle-status')!;
  const steps = document.querySelectorAll<HTMLLIElement>('#steps li');
  const signInButton = document.querySelector<HTMLButtonElement>('#sign-in')!;
  const signOutButton = document.querySelector<HTMLButtonElement>('#sign-out')!;
  const accountButton = document.querySelector<HTMLButtonElement>('#account')!;
  /** Whether the person has an authenticator app: what the next sign-in asks for. */
  let hasApp = false;

  /** Marks the numbered step the visitor is on. */
  function atStep(step: number) {
    for (const item of steps) {
      if (item.dataset.step === String(step)) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    }
  }

  function show(element: HTMLElement | null, heading: string, message: string) {
    if (element) {
      log.watch(element);
      decorate(element);
    }
    slot.replaceChildren(...(element ? [element] : []));
    title.textContent = heading;
    status.textContent = message;
    phone.setShown(element !== null);
  }

  function showChallenge() {
    const challenge = document.createElement('totp-challenge') as TotpChallenge;
    challenge.id = 'lifecycle-challenge';
    challenge.addEventListener('totp-error', (event) => {
      // Routing: no authenticator app yet → set one up.
      if (event.detail.error.error_type === 'totp_not_found') showEnroll();
      if (challenge.state === 'signed-out') signedOut('Your session expired: sign in again.');
    });
    challenge.addEventListener('totp-authenticated', (event) => {
      if (event.detail.method === 'totp') phone.used();
      atStep(5);
      status.textContent = event.detail.method === 'totp'
        ? 'Signed in with both steps. Now reload the page: your account settings show two-factor as on.'
        : 'Signed in with a recovery code, now used up. Reload the page to see your account settings.';
    });
    show(challenge, 'Second step: your code', 'Password step done. Now the code from your app.');
    atStep(4);
  }

  function showEnroll() {
    const enroll = document.createElement('totp-enroll') as TotpEnroll;
    enroll.id = 'lifecycle-enroll';
    enroll.autostart = true;
    enroll.addEventListener('totp-verified', () => {
      hasApp = true;
      phone.used();
      status.textContent = 'Code accepted. Save your recovery codes, then finish.';
    });
    enroll.addEventListener('totp-finished', () => {
      atStep(3);
      status.textContent = 'Two-factor is on. Now sign out, and sign in again.';
    });
    show(enroll, 'Turn on two-factor', 'No authenticator app yet: set one up.');
    atStep(2);
  }

  /** The account page's two-factor settings: the same <totp-enroll>, showing the app as on. */
  function showAccount(message = 'Your account settings: two-factor authentication.') {
    const account = document.createElement('totp-enroll') as TotpEnroll;
    account.id = 'lifecycle-account';
    account.addEventListener('totp-step-up', (event) => {
      if (event.detail.method === 'totp') phone.used();
      status.textContent = 'Code accepted: the change goes ahead.';
    });
    account.addEventListener('totp-removed', () => {
      hasApp = false;
      phone.forget();
      status.textContent = 'Removed: no code at the next sign-in. “Set up” turns it on again.';
    });
    account.addEventListener('totp-verified', () => {
      hasApp = true;
      phone.used();
    });
    account.addEventListener('totp-finished', () => {
      status.textContent = 'Set up again. Sign out and sign in: you are asked for a code from the new app.';
    });
    show(account, 'Account settings', message);
    atStep(5);
  }

  // Remember the setup key of whatever registration the example creates (Set up, Replace).
  slot.addEventListener('totp-created', (event) => void phone.remember(event.detail.secret));

  function signedOut(message: string) {
    show(null, 'You are signed out', message);
    signInButton.hidden = false;
    signOutButton.hidden = true;
    accountButton.hidden = true;
    // The button that was pressed is gone: focus goes to the next thing to do.
    signInButton.focus();
  }

  function signedIn() {
    signInButton.hidden = true;
    signOutButton.hidden = false;
    accountButton.hidden = false;
  }

  accountButton.addEventListener('click', () => {
    showAccount();
    title.focus();
  });

  signInButton.addEventListener('click', async () => {
    signInButton.disabled = true; // one sign-in at a time
    const response = await fetch('/__demo__/sign-in', { method: 'POST' }).finally(() => { signInButton.disabled = false; });
    if (!response.ok) {
      status.textContent = 'The demo’s Sign in button works only on this computer’s stand-in for Stytch (npm start without STYTCH_PROJECT_ID).';
      return;
    }
    const { email, totp } = (await response.json()) as { email: string; totp: boolean };
    hasApp = totp;
    signedIn();
    if (totp) showChallenge();
    else showEnroll();
    status.textContent = totp
      ? `Signed in as ${email} with the first step. Now the code from your app.`
      : `Signed in as ${email}. No authenticator app yet: set one up.`;
    // Sign in is gone now: the heading of what appeared takes focus; the element's first action is one Tab away.
    title.focus();
  });

  signOutButton.addEventListener('click', async () => {
    await fetch('/__demo__/sign-out', { method: 'POST' });
    signedOut(hasApp ? 'Signed out. Sign in again: this time you are asked for a code.' : 'Signed out.');
    atStep(hasApp ? 4 : 1);
  });

  return {
    /** A reload keeps the session (its cookie): the page opens on the account settings. */
    async resume() {
      // Without the cookie the local stand-in would answer for its shared demo user, who stands in for nobody signed in here.
      if (!/(^|;\s*)stytch_session=/.test(document.cookie)) return;
      const response = await fetch('/sdk/v1/users/me', { credentials: 'same-origin' });
      if (!response.ok) return;
      const { data } = (await response.json()) as { data: { totps: { verified: boolean }[] } };
      hasApp = data.totps.some((totp) => totp.verified);
      signedIn();
      showAccount('Still signed in after the reload: your account settings.');
    },
    /** The elements on show (for the language switch, which re-renders them). */
    elements: () => [...slot.children] as HTMLElement[],
    slot,
  };
}
