/*
 * "No phone at hand?": the code an authenticator app would show for the account just set up, so a
 * visitor without a phone can follow every step. The setup key comes from `totp-created` and lives
 * only as a non-extractable key in this module (totp-code.ts); the page shows the 6-digit code,
 * which a phone's app shows too, and nothing else.
 */
import { appEntryFor, type AppEntry } from './totp-code.js';

export interface Authenticator {
  /** Takes the setup key of a new registration (it replaces the one before). */
  remember(secret: string): Promise<void>;
  /** The registration is gone (removed, or a new one replaces it). */
  forget(): void;
  /** A code was just accepted: the app's current code is spent until the next 30-second step. */
  used(): void;
  /** Whether the panel shows (when something may ask for a code). */
  setShown(shown: boolean): void;
}

export function authenticator(panel: HTMLElement): Authenticator {
  const button = panel.querySelector<HTMLButtonElement>('#show-code')!;
  const codeBox = panel.querySelector<HTMLElement>('#phone-code')!;
  const digits = panel.querySelector<HTMLElement>('#phone-digits')!;
  const left = panel.querySelector<HTMLElement>('#phone-left')!;
  const note = panel.querySelector<HTMLElement>('#phone-note')!;
  const intro = note.textContent ?? '';
  let entry: AppEntry | null = null;
  let usedStep = -1;
  let ticking: number | undefined;

  async function draw() {
    if (!entry) return;
    const { code, step, secondsLeft } = await entry.codeAt(Date.now());
    const text = `${code.slice(0, 3)} ${code.slice(3)}`;
    // Only a new code is announced (the live region), not every second's countdown.
    if (digits.textContent !== text) digits.textContent = text;
    left.textContent = step === usedStep
      ? `You just used this code. The next one comes in ${secondsLeft} s.`
      : `A new code every 30 seconds: this one for ${secondsLeft} s more.`;
  }

  function hideCode() {
    window.clearInterval(ticking);
    ticking = undefined;
    codeBox.hidden = true;
    digits.textContent = '';
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Show me the code';
  }

  function showCode() {
    codeBox.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Hide the code';
    void draw();
    ticking = window.setInterval(() => void draw(), 1000);
  }

  function refresh() {
    button.hidden = !entry;
    note.textContent = entry
      ? intro
      : 'No code to show: this page keeps a setup key only in memory, from a setup in this tab, and forgets it on reload. Use the app on your phone, or one of your recovery codes.';
    if (!entry) hideCode();
  }

  button.addEventListener('click', () => (ticking === undefined ? showCode() : hideCode()));

  return {
    async remember(secret) {
      entry = await appEntryFor(secret);
      usedStep = -1;
      refresh();
      if (ticking !== undefined) void draw();
    },
    forget() {
      entry = null;
      refresh();
    },
    used() {
      usedStep = Math.floor(Date.now() / 30_000);
      if (ticking !== undefined) void draw();
    },
    setShown(shown) {
      panel.hidden = !shown;
      if (!shown) hideCode();
      else refresh();
    },
  };
}
