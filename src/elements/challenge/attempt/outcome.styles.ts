import { css } from 'lit';
import { successToken } from '../../shared/success.styles.js';

/** The screens after a check (signed in, no TOTP, signed out): adopted when the attempt's chunk is first used. */
export const outcomeStyles = [successToken, css`
  h2:focus, h3:focus { outline: none; }
  h3 { margin: 0; line-height: 1.3; font-size: 1.0625rem; }
  .success svg, .notice svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .success { display: grid; gap: 0.5rem; }
  .success h3 { display: flex; gap: 0.5rem; align-items: start; }
  .success svg { color: var(--_success); }
  /* The page's Continue action: its own size, at the start of the line. */
  ::slotted([slot='continue']) { justify-self: start; }
  .notice { display: grid; gap: 0.5rem; }
  .notice h3 { display: flex; gap: 0.5rem; align-items: center; color: var(--_danger); }
  .notice p { color: var(--_text); }
`];
