/**
 * Registers `<totp-enroll>` (the class module, totp-enroll.component.ts, has no side effect)
 * and types the tag. Not `@customElement`: a second copy of the package on the page must not
 * throw (shared/define.ts).
 */
import { defineOnce } from '../shared/define.js';
import { TotpEnroll } from './totp-enroll.component.js';

export { TotpEnroll } from './totp-enroll.component.js';

defineOnce('totp-enroll', TotpEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'totp-enroll': TotpEnroll;
  }
}
