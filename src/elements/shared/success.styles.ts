import { css } from 'lit';

/*
 * The success colour's token, a --totp-enroll-* property like those of tokens.styles.ts: only the
 * screens after a check use it (a confirmed code, a copied text), so it loads with their chunks.
 */
export const successToken = css`
  :host { --_success: var(--totp-enroll-success, light-dark(#1a7538, #86dba0)); }
`;
