import type { ReactiveControllerHost } from 'lit';
import type { TotpApiError } from '../../api/errors.js';
import type { CommonStrings } from '../i18n/common.js';
import { classifyCodeFailure, LOCKOUT_FALLBACK_SECONDS, type CodeCheck, type CodeFailure } from './code-failure.js';
import { Countdown } from './countdown.js';
import type { FocusAfterRender, NodeRef } from './focus-after-render.js';

/** What the code entry says: the field's format, a wrong code, a lockout. */
export type CodeEntryStrings = Pick<CommonStrings, 'wrongCode' | 'clockHint' | 'tooManyAttempts' | 'canRetryNow'>;

/** What a code entry needs from its element: its words, its numbers, its live region and focus. */
export interface CodeEntryOptions {
  /** The field, as the code field view rendered it (`codeFieldOf`). */
  readonly field: NodeRef<HTMLInputElement>;
  strings(): CodeEntryStrings;
  formatNumber(value: number): string;
  announce(text: string): void;
  readonly focus: FocusAfterRender;
}

/**
 * A code field's state and what both elements do with it: the message under the field, wrong
 * codes counted (a hint at the phone's clock from the second), a lockout counting down
 * Retry-After with Verify disabled, and the field cleared, focused and selected as needed.
 * Enrollment's Confirm step and `<totp-challenge>` each hold one; the code field view renders it.
 */
export class CodeEntry {
  readonly field: NodeRef<HTMLInputElement>;
  /** Running while the backend refuses codes (429 + Retry-After); Verify re-enables at zero. */
  readonly lockout: Countdown;
  #error = '';
  #misses = 0;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: CodeEntryOptions) {
    this.field = options.field;
    this.lockout = new Countdown(host, () => {
      this.#error = '';
      options.announce(options.strings().canRetryNow);
    });
  }

  /** What the field holds now, as typed or pasted. */
  get value(): string {
    return this.field.value?.value ?? '';
  }

  get locked(): boolean {
    return this.lockout.running;
  }

  /** The message under the field ('' when none): the lockout's live countdown, else the last error. */
  get message(): string {
    return this.locked ? this.options.strings().tooManyAttempts(this.options.formatNumber(this.lockout.seconds)) : this.#error;
  }

  /** The user typed: a message about the previous code goes (a lockout's stays). */
  input(): void {
    if (this.locked || !this.#error) return;
    this.#error = '';
    this.host.requestUpdate();
  }

  /** A check of the code starts: the message about the last one goes. */
  checking(): void {
    this.#error = '';
    this.host.requestUpdate();
  }

  /** Says `message` under the field and out loud, and selects what was typed for another try. */
  show(message: string): void {
    this.#error = message;
    this.host.requestUpdate();
    this.options.announce(message);
    this.options.focus.request(this.field);
    this.field.value?.select();
  }

  /**
   * Reads a refused code: a lockout starts its countdown, a wrong code is counted and said
   * (`wrongMessage` for a recovery code). Returns what it was, for what only the element decides
   * (an expired or replaced registration, no TOTP, a signed-out user, any other problem).
   */
  refused(error: TotpApiError, check: CodeCheck, wrongMessage?: string): CodeFailure {
    const failure = classifyCodeFailure(error, check);
    const t = this.options.strings();
    if (failure === 'locked') {
      this.lockout.start(Date.now() + (error.retry_after ?? LOCKOUT_FALLBACK_SECONDS) * 1000);
      this.show(this.message);
    } else if (failure === 'wrong') {
      this.#misses++;
      this.show(wrongMessage ?? (this.#misses >= 2 ? `${t.wrongCode} ${t.clockHint}` : t.wrongCode));
    }
    return failure;
  }

  /** Another kind of code (the other field): the count starts again; a lockout stays. */
  switched(): void {
    if (!this.locked) this.#error = '';
    this.#misses = 0;
    this.clear();
  }

  /** Empties the field: what was typed is not kept. */
  clear(): void {
    const input = this.field.value;
    if (input) input.value = '';
  }

  /** Back to an untouched field: no message, no count, no lockout. */
  reset(): void {
    this.lockout.stop();
    this.#error = '';
    this.#misses = 0;
    this.clear();
  }
}
