import { html } from 'lit';
import { describedBy, invalid, type CodeInput } from './code-field.js';

/**
 * A recovery code: longer, letters too, never autocorrected (its room: `.code-row input.recovery`
 * in the challenge's styles.ts, and the step-up's). Its placeholder shows the shape the field expects
 * (recovery-code.ts accepts any case, spacing or dashes). Its own module, so enrollment's setup
 * chunk does not carry it.
 */
export const recoveryInput: CodeInput = (view) => html`<input id="code" class="recovery" part="recovery-input" name="recovery_code" type="text"
  autocomplete="off" autocapitalize="none" maxlength="64" placeholder="xxxx-xxxx-xxxx" spellcheck="false" enterkeyhint="done"
  aria-describedby=${describedBy(view)} aria-invalid=${invalid(view)} ?readonly=${view.busy} @input=${view.input} />`;
