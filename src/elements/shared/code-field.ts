import { css, html, nothing, type TemplateResult } from 'lit';
import { queried, type NodeRef } from './focus-after-render.js';
import { errorIcon } from './icons.js';

/** What the code field shows, and what it calls back: the view model of both elements' code forms. */
export interface CodeFieldView {
  readonly label: string;
  readonly help: string;
  readonly verify: string;
  readonly verifying: string;
  /** The message under the field ('' when none); it also marks the field invalid. */
  readonly message: string;
  /** A check is running: the field is read-only and Verify says so. */
  readonly busy: boolean;
  /** Locked out: Verify is disabled until the countdown ends. */
  readonly locked: boolean;
  submit(event: SubmitEvent): void;
  input(): void;
}

/** The field itself, for a kind of code: `codeInput` (the app's six digits) or the challenge's `recoveryInput`. */
export type CodeInput = (view: CodeFieldView) => TemplateResult;

/** The six digits from the app: the one-time-code autofill, a numeric keyboard on phones. */
export const codeInput: CodeInput = (view) => html`<input id="code" part="code-input" name="totp_code" type="text" autocomplete="one-time-code"
  inputmode="numeric" maxlength="24" spellcheck="false" enterkeyhint="done"
  aria-describedby=${describedBy(view)} aria-invalid=${invalid(view)} ?readonly=${view.busy} @input=${view.input} />`;

/** The field's `aria-describedby` and `aria-invalid`, for every kind of field. */
export const describedBy = (view: CodeFieldView) => (view.message ? 'help error' : 'help');
export const invalid = (view: CodeFieldView) => (view.message ? 'true' : 'false');

/**
 * The label, its help, the field (`input`: which kind of code) and Verify, and the message under
 * them. The field reads left-to-right in every language.
 */
export function renderCodeField(view: CodeFieldView, input: CodeInput): TemplateResult {
  const { message, busy } = view;
  return html`
    <form @submit=${view.submit} novalidate>
      <label for="code">${view.label}</label>
      <p class="muted" id="help">${view.help}</p>
      <div class="row code-row">
        ${input(view)}
        <button class="primary" part="submit" type="submit" aria-busy=${busy ? 'true' : 'false'} ?disabled=${view.locked}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${view.verifying}` : view.verify}
        </button>
      </div>
      ${message ? html`<p class="error" part="error" id="error">${errorIcon}<span>${message}</span></p>` : nothing}
    </form>
  `;
}

/** The field the view rendered in `element`'s shadow root: the view owns the query, no one else spells it. */
export function codeFieldOf(element: { readonly renderRoot?: ParentNode }): NodeRef<HTMLInputElement> {
  return queried<HTMLInputElement>(element, '#code');
}

/** The code form both elements share: the label over a wide, monospaced, left-to-right field and Verify beside it. */
export const codeFieldStyles = css`
  form { display: grid; gap: 0.5rem; }
  label { font-weight: 600; font-size: 0.9375rem; }
  input[type='text'] {
    font-family: var(--_mono); font-size: 1.375rem; letter-spacing: 0.3em;
    inline-size: min(100%, 11.5rem); padding: 0.5rem 0.75rem; direction: ltr;
    border: 1px solid var(--_muted); border-radius: calc(var(--_radius) * 0.5);
    background: var(--_bg); color: var(--_text);
  }
  input:focus-visible { outline: 3px solid var(--totp-enroll-focus-ring, var(--_accent)); outline-offset: 2px; }
  input[aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  input[aria-invalid='true']:focus-visible { outline-color: var(--_danger); }
  /* The field never shrinks below its six spaced digits (~9 rem): where it and the button don't fit
     side by side (a 320 px phone, "Wird geprüft …" while verifying), the button moves under it. */
  .code-row { flex-wrap: wrap; }
  .code-row input { flex: 0 1 11.5rem; min-inline-size: 9.5rem; }
  .code-row button { flex: none; min-inline-size: 7.5rem; }
`;
