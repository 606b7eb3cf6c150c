import { html, type TemplateResult } from 'lit';
import type { CodeFieldView } from '../../../shared/code-field.js';
import type { Problem } from '../../../shared/problems.js';
import type { FlowStep, TotpEnrollState } from '../../state.js';
import type { SetupStrings } from '../../strings.js';
import type { Enrollment } from '../registration.js';
import { renderCodes, type CodesSaving } from './codes-view.js';
import { renderConfirm } from './confirm-view.js';
import { renderDone, renderEnded, renderError } from './outcome-views.js';
import { renderScan } from './scan-view.js';
import type { CopyButtonsState } from './step-parts.js';

/** What the steps after "Set up" show: where the flow is, what it holds, and what the buttons do. */
export interface FlowView {
  readonly state: TotpEnrollState;
  readonly step: FlowStep;
  readonly t: SetupStrings;
  readonly locale: string;
  /** The registration being set up, or `null` once it is forgotten (or while Create is out). */
  readonly enrollment: Enrollment | null;
  /** The service and account the Scan step names while Create is out (see ScanView). */
  readonly names: { readonly issuer: string; readonly account: string };
  readonly copies: CopyButtonsState;
  readonly saving: CodesSaving;
  /** Why the setup ended without a code (`expired` state). */
  readonly ended: 'expired' | 'replaced';
  readonly problem: Problem | null;
  /** Seconds until "Try again" may be used (0: now). */
  readonly retryIn: number;
  /** The Confirm step's code field, `busy` while a check runs. */
  codeField(busy: boolean): CodeFieldView;
  formatNumber(value: number): string;
  next(): void;
  back(): void;
  copySecret(): void;
  /** "Start over" and "Try again". */
  retry(): void;
}

/** The current step's view, each given its own view model; the element renders the first screen itself. */
export function renderFlow(view: FlowView): TemplateResult {
  const { t, enrollment } = view;
  switch (view.state) {
    case 'creating':
      return renderScan({ t, enrollment: null, names: view.names, copies: view.copies, next: view.next, copySecret: view.copySecret });
    case 'created':
    case 'verifying':
      if (!enrollment) return html``;
      return view.step === 'scan'
        ? renderScan({ t, enrollment, names: enrollment, copies: view.copies, next: view.next, copySecret: view.copySecret })
        : renderConfirm({
          t, expiresAt: enrollment.expiresAt, locale: view.locale, back: view.back,
          field: view.codeField(view.state === 'verifying'),
        });
    case 'verified':
      if (view.step === 'done') return renderDone({ t });
      return enrollment
        ? renderCodes({ t, codes: enrollment.created.recovery_codes, copies: view.copies, saving: view.saving })
        : html``;
    case 'expired':
      return renderEnded({ t, reason: view.ended, startOver: view.retry });
    case 'error':
      return renderError({
        t, message: view.problem?.message ?? '', canRetry: view.problem?.retry ?? false, retryIn: view.retryIn,
        formatNumber: view.formatNumber, retry: view.retry,
      });
    default:
      return html``;
  }
}
