/**
 * Registers `<totp-enroll>` (the class module, totp-enroll.component.ts, has no side effect)
 * and types the tag. Not `@customElement`: a second copy of the package on the page must not
 * throw (shared/define.ts).
 */
import { defineOnce } from '../shared/define.js';
import { TotpEnroll } from './totp-enroll.component.js';

export { TotpEnroll } from './totp-enroll.component.js';
// The events' `HTMLElementEventMap` entries live beside their classes. A declaration file keeps an
// import only when its types are used, so without these re-exports the tag could be imported, typed,
// with every listener's event a plain `Event` (the React wrapper's `onTotpCreated`, for one).
export type * from './events.js';
export type * from '../shared/events.js';

defineOnce('totp-enroll', TotpEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'totp-enroll': TotpEnroll;
  }
}
