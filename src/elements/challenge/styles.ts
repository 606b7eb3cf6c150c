import { css } from 'lit';
import { codeFieldStyles } from '../shared/code-field.js';

/*
 * `<totp-challenge>`'s form, on top of the design tokens it shares with `<totp-enroll>`
 * (shared/tokens.styles.ts); the screens after a check bring theirs (attempt/outcome.styles.ts).
 */
export const challengeStyles = [codeFieldStyles, css`
  input.recovery { font-size: 1.125rem; letter-spacing: 0.06em; }
  /* A recovery code is longer: its field keeps room for all of it, and Verify moves under it on a phone. */
  .code-row:has(input.recovery) { flex-wrap: wrap; }
  .code-row input.recovery { flex: 1 1 14rem; max-inline-size: 18rem; inline-size: auto; }
  button[disabled] { cursor: not-allowed; opacity: 0.65; }
  .link {
    border: none; background: none; padding-inline: 0; min-block-size: 2.75rem;
    color: var(--_accent); text-decoration: underline; text-underline-offset: 0.2em; font-weight: 600;
    white-space: normal; text-align: start;
  }
  .link:hover { background: none; text-decoration-thickness: 2px; }
  .error svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
`];
