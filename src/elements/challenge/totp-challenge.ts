/**
 * Registers `<totp-challenge>` (the class module, totp-challenge.component.ts, has no side
 * effect) and types the tag. Not `@customElement`: a second copy of the package on the page must
 * not throw (shared/define.ts).
 */
import { defineOnce } from '../shared/define.js';
import { TotpChallenge } from './totp-challenge.component.js';

export { TotpChallenge } from './totp-challenge.component.js';

defineOnce('totp-challenge', TotpChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'totp-challenge': TotpChallenge;
  }
}
