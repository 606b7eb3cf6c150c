import type { TemplateResult } from 'lit';
import type { CodeFieldView } from '../../shared/code-field.js';
import type { StepUpAction } from '../events.js';
import type { ManageStep } from '../state.js';
import type { TotpEnrollStrings } from '../strings.js';
import { renderConfirm, renderOutcome } from './views/confirm-view.js';
import { renderOn } from './views/on-view.js';
import { renderStepUp } from './views/step-up-view.js';

/** Why an action ended on the error screen, and whether trying again can help. */
export interface ActionOutcome {
  readonly title: string;
  readonly message: string;
  readonly retry: boolean;
}

/** What the "on" state's screens read and call: each screen's view takes its part. */
export interface ScreensView {
  readonly t: TotpEnrollStrings;
  readonly locale: string;
  readonly busy: boolean;
  /** When the app was added (RFC 3339), if the backend says. */
  readonly createdAt: string | undefined;
  readonly notice: string;
  readonly outcome: ActionOutcome | null;
  readonly stepUp: { readonly recovery: boolean; readonly field: CodeFieldView; switchMethod(): void };
  /** The viewed codes' screen (ViewedCodes renders it). */
  codes(): TemplateResult;
  choose(action: StepUpAction): void;
  /** Confirmed, or Try again: the action runs (after a step-up if needed). */
  run(action: StepUpAction): void;
  /** Back to the "on" screen. */
  back(): void;
  /** After "already removed": back to "Set up", and `start`, into the setup. */
  setUpAgain(start: boolean): void;
  /** The action the error screen's Try again repeats. */
  readonly action: StepUpAction;
}

/** The screen of `step`, each given its own view model. */
export function renderScreen(step: ManageStep, view: ScreensView): TemplateResult {
  const { t, back } = view;
  switch (step) {
    case 'step-up':
      return renderStepUp({ t, ...view.stepUp, cancel: back });
    case 'recovery-codes':
      return view.codes();
    case 'remove':
    case 'replace':
      return renderConfirm({ t, kind: step, busy: view.busy, confirm: () => view.run(step), cancel: back });
    case 'removed-elsewhere':
      return renderOutcome({
        t, title: t.removedElsewhereHeading, message: t.removedElsewhereHelp, back: () => view.setUpAgain(false),
        action: { label: t.start, part: 'start-button', run: () => view.setUpAgain(true) },
      });
    case 'error': {
      const outcome = view.outcome ?? { title: t.actionFailed, message: t.serverProblem, retry: true };
      return renderOutcome({
        t, title: outcome.title, message: outcome.message, back,
        action: outcome.retry ? { label: t.retry, part: 'retry-button', run: () => view.run(view.action) } : null,
      });
    }
    default: {
      const created = Date.parse(view.createdAt ?? '');
      const since = Number.isNaN(created) ? '' : new Intl.DateTimeFormat(view.locale, { dateStyle: 'long' }).format(created);
      return renderOn({ t, since, notice: view.notice, choose: view.choose });
    }
  }
}

/** What the live region says when a screen opens (the "on" state's actions each name theirs). */
export function screenTitle(step: ManageStep, t: TotpEnrollStrings): string | undefined {
  const titles: Partial<Record<ManageStep, string>> = {
    'step-up': t.stepUpHeading, remove: t.removeHeading, replace: t.replaceHeading, 'removed-elsewhere': t.removedElsewhereHeading, on: t.onHeading,
  };
  return titles[step];
}
