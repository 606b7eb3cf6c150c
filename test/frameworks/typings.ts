/*
 * The framework typings the package ships (`totp-enroll/vue`, `totp-enroll/svelte`), checked
 * by tsc: right props pass, wrong ones are errors. React's are checked by react/App.tsx itself.
 */
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'totp-enroll/vue';
import type {} from 'totp-enroll/svelte';
import { recordingClient } from './shared/recording-client.js';

type VueProps = InstanceType<GlobalComponents['totp-enroll']>['$props'];
export const vueProps: VueProps = {
  'expiration-minutes': '10',
  client: recordingClient(),
  onTotpCreated: (event) => event.detail.totp_id,
  onUserChange: (event) => event.detail.user?.user_id,
};
// @ts-expect-error `client` takes a TotpApi or a Stytch client
export const vueWrongClient: VueProps = { client: 42 };

type SvelteProps = SvelteHTMLElements['totp-enroll'];
export const svelteProps: SvelteProps = {
  'expiration-minutes': 10,
  client: recordingClient(),
  'ontotp-created': (event) => event.detail.totp_id,
  'onuser-change': (event) => event.detail.user?.user_id,
};
// @ts-expect-error the detail of user-change has no totp_id
export const svelteWrongDetail: SvelteProps = { 'onuser-change': (event) => event.detail.totp_id };

// The tag map the element itself declares: createElement knows the class.
export const created = document.createElement('totp-enroll').expirationMinutes;
