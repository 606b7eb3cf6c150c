/**
 * Registers `<totp-challenge>` (the class module, totp-challenge.component.ts, has no side
 * effect) and types the tag. Not `@customElement`: a second copy of the package on the page must
 * not throw (shared/define.ts).
 */
import { defineOnce } from '../shared/define.js';
import { TotpChallenge } from './totp-challenge.component.js';

export { TotpChallenge } from './totp-challenge.component.js';
// The events' `HTMLElementEventMap` entries live beside their classes. A declaration file keeps an
// import only when its types are used, so without these re-exports the tag could be imported, typed,
// with every listener's event a plain `Event` (the React wrapper's `onTotpCreated`, for one).
export type * from './events.js';
export type * from '../shared/events.js';

defineOnce('totp-challenge', TotpChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'totp-challenge': TotpChallenge;
  }
}
