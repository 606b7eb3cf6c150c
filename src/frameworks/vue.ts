/**
 * `<totp-enroll>` in Vue 3 templates (Volar / vue-tsc): `import type {} from 'totp-enroll/vue'`
 * once. `@totp-created` compiles to the `onTotpCreated` prop typed here. Tell Vue's compiler
 * the tag is a custom element (`compilerOptions.isCustomElement`).
 */
import type { DefineComponent } from 'vue';
import type { TotpEnrollAttributes, TotpEnrollEvents, TotpEnrollProperties } from './attributes.js';

/** `@totp-created` → `onTotpCreated`: the listener props Vue's compiler generates. */
export interface TotpEnrollVueListeners {
  onTotpCreated?: (event: TotpEnrollEvents['totp-created']) => void;
  onUserChange?: (event: TotpEnrollEvents['user-change']) => void;
  onTotpVerified?: (event: TotpEnrollEvents['totp-verified']) => void;
  onTotpError?: (event: TotpEnrollEvents['totp-error']) => void;
}

/** What `<totp-enroll>` accepts in a Vue template. */
export type TotpEnrollVueProps = TotpEnrollAttributes & TotpEnrollProperties & TotpEnrollVueListeners;

declare module 'vue' {
  interface GlobalComponents {
    'totp-enroll': DefineComponent<TotpEnrollVueProps>;
  }
}
