/**
 * `<totp-enroll>` in Vue 3 templates (Volar / vue-tsc, including `strictTemplates`):
 * `import type {} from 'totp-enroll/vue'` once. Vue matches `expiration-minutes="10"` to the
 * `expirationMinutes` prop and `@totp-created` to `onTotpCreated`, so both are typed, and a
 * misspelt attribute or event is an error under `strictTemplates`. Tell Vue's compiler the tags
 * are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('totp-')` covers
 * every tag the package defines (`<totp-challenge>` too, which needs `import 'totp-enroll/challenge'`).
 */
import type { AllowedComponentProps, DefineComponent, HTMLAttributes } from 'vue';
import type {
  TotpChallengeAttributeProps, TotpChallengeListenerProps, TotpChallengeProperties,
  TotpEnrollAttributeProps, TotpEnrollListenerProps, TotpEnrollProperties,
} from './attributes.js';

/** What `<totp-enroll>` accepts in a Vue template. */
export type TotpEnrollVueProps = TotpEnrollAttributeProps & TotpEnrollProperties & TotpEnrollListenerProps
  & Omit<HTMLAttributes, keyof TotpEnrollAttributeProps> & AllowedComponentProps;

/** What `<totp-challenge>` accepts in a Vue template. */
export type TotpChallengeVueProps = TotpChallengeAttributeProps & TotpChallengeProperties & TotpChallengeListenerProps
  & Omit<HTMLAttributes, keyof TotpChallengeAttributeProps> & AllowedComponentProps;

declare module 'vue' {
  interface GlobalComponents {
    'totp-enroll': DefineComponent<TotpEnrollVueProps>;
    'totp-challenge': DefineComponent<TotpChallengeVueProps>;
  }
}
