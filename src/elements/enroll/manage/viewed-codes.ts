import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { RecoveryCodesResponse, User } from '../../../api/types.js';
import { formatNumber } from '../../shared/format-number.js';
import { accountOf } from '../flow/account.js';
import { issuerOf } from '../flow/issuer.js';
import { CopyFeedback } from '../flow/platform/copy-feedback.js';
import { RecoveryCodes } from '../flow/recovery-codes.js';
import type { EnrollSettings } from '../settings.js';
import type { TotpEnrollStrings } from '../strings.js';
import { renderViewedCodes } from './views/viewed-codes-view.js';

/** 3 or fewer unused codes left is "running low". */
const LOW = 3;

/** What "View recovery codes" needs from the "on" state. */
export interface ViewedCodesOptions {
  readonly element: EnrollSettings & ReactiveControllerHost;
  strings(): TotpEnrollStrings;
  locale(): string;
  announce(text: string): void;
  user(): User | null;
}

/**
 * The codes Get Recovery Codes answered, shown with the Save-codes step's own list, Copy all,
 * Download and Print (its controllers and view, no copies), and forgotten when the screen closes.
 */
export class ViewedCodes {
  #answer: RecoveryCodesResponse | null = null;
  readonly #copies: CopyFeedback;
  readonly #saving: RecoveryCodes;

  constructor(private readonly options: ViewedCodesOptions) {
    const { element } = options;
    this.#copies = new CopyFeedback(element, options);
    this.#saving = new RecoveryCodes(element, {
      ...options, copy: (key, text, node) => this.#copies.copy(key, text, node), finished: () => {},
      shown: () => {
        const user = options.user();
        const codes = this.#answer?.recovery_codes;
        return codes && user ? { codes, issuer: issuerOf(element.issuer), account: accountOf(element.accountName, user) } : null;
      },
    });
  }

  /** Shows an answer: what the live region says of it. */
  show(answer: RecoveryCodesResponse): string {
    this.#answer = answer;
    const t = this.options.strings();
    const left = answer.recovery_codes.length;
    return `${t.codesHeading}. ${t.codesLeft(formatNumber(this.options.locale(), left), left)}`;
  }

  /** Forgets the codes (the screen closed) and what the copy buttons said. */
  clear(): void {
    this.#answer = null;
    this.#copies.clear();
  }

  render(done: () => void): TemplateResult {
    const codes = this.#answer?.recovery_codes ?? [];
    return renderViewedCodes({
      t: this.options.strings(), codes, left: formatNumber(this.options.locale(), codes.length), low: codes.length <= LOW,
      copies: this.#copies, saving: this.#saving, done,
    });
  }
}
