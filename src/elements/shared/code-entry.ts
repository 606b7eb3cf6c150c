import type { ReactiveControllerHost } from 'lit';
import type { TotpApiError } from '../../api/errors.js';
import type { CommonStrings } from '../i18n/common.js';
import { BasicCodeEntry, type BasicCodeEntryOptions } from './basic-code-entry.js';
import { classifyCodeFailure, LOCKOUT_FALLBACK_SECONDS, type CodeCheck, type CodeFailure } from './code-failure.js';
import { Countdown } from './countdown.js';

/** What the code entry says: a wrong code, a lockout. */
export type CodeEntryStrings = Pick<CommonStrings, 'wrongCode' | 'clockHint' | 'codeReused' | 'lastTryWarning' | 'tooManyAttempts' | 'canRetryNow'>;

/** What a code entry needs from its element: its words, its numbers, its live region and focus. */
export interface CodeEntryOptions extends BasicCodeEntryOptions {
  strings(): CodeEntryStrings;
  formatNumber(value: number): string;
}

/**
 * A code field's state and what both elements do with it: the message under the field, wrong
 * codes counted (a hint at the phone's clock from the second), a lockout counting down
 * Retry-After with Verify disabled, and the field cleared, focused and selected as needed.
 * Enrollment's Confirm step and `<totp-challenge>`'s attempt each hold one; the code field view renders it.
 */
export class CodeEntry extends BasicCodeEntry {
  /** Running while the backend refuses codes (429 + Retry-After); Verify re-enables at zero. */
  readonly lockout: Countdown;
  #misses = 0;

  constructor(host: ReactiveControllerHost, protected override readonly options: CodeEntryOptions) {
    super(host, options);
    this.lockout = new Countdown(host, () => {
      this.error = '';
      options.announce(options.strings().canRetryNow);
    });
  }

  override get locked(): boolean {
    return this.lockout.running;
  }

  /** The message under the field ('' when none): the lockout's live countdown, else the last error. */
  override get message(): string {
    const seconds = this.lockout.seconds;
    return this.locked ? this.options.strings().tooManyAttempts(this.options.formatNumber(seconds), seconds) : this.error;
  }

  /**
   * Reads a refused code: a lockout starts its countdown, a wrong code is counted and said
   * (`wrongMessage` for a recovery code), a reused one says to wait for the next code; either warns
   * when the backend says one more wrong code locks sign-in (`attempts_remaining` 1). Returns what it was, for what only the element decides
   * (an expired or replaced registration, no TOTP, a signed-out user, any other problem).
   */
  refused(error: TotpApiError, check: CodeCheck, wrongMessage?: string): CodeFailure {
    const failure = classifyCodeFailure(error, check);
    const t = this.options.strings();
    if (failure === 'locked') {
      this.lockout.start(Date.now() + (error.retry_after ?? LOCKOUT_FALLBACK_SECONDS) * 1000);
      this.show(this.message);
    } else if (failure === 'wrong' || failure === 'reused') {
      // A reused code was right: it is no miss, and says nothing of the phone's clock.
      if (failure === 'wrong') this.#misses++;
      const said = failure === 'reused' ? t.codeReused : wrongMessage ?? (this.#misses >= 2 ? `${t.wrongCode} ${t.clockHint}` : t.wrongCode);
      this.show(error.attempts_remaining === 1 ? `${said} ${t.lastTryWarning}` : said);
    }
    return failure;
  }

  /** Another kind of code (the other field): the count starts again; a lockout stays. */
  override switched(): void {
    this.#misses = 0;
    super.switched();
  }

  /** Back to an untouched field: no message, no count, no lockout. */
  override reset(): void {
    this.lockout.stop();
    this.#misses = 0;
    super.reset();
  }
}
