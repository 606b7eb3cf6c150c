/*
 * The framework typings the package ships (`totp-enroll/react`, `/vue`, `/svelte`), checked by
 * tsc: right props pass, wrong ones are errors. The apps' templates are checked by their own
 * checkers too (vue-tsc, svelte-check: scripts/build-frameworks.mjs).
 */
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { TotpEnrollJsxProps, TotpEnrollProps } from 'totp-enroll/react';
import type {} from 'totp-enroll/vue';
import type {} from 'totp-enroll/svelte';
import { recordingClient } from './shared/recording-client.js';

type VueProps = InstanceType<GlobalComponents['totp-enroll']>['$props'];
export const vueProps: VueProps = {
  expirationMinutes: '10',
  qrCanvas: true,
  client: recordingClient(),
  onTotpCreated: (event) => event.detail.totp_id,
  onUserChange: (event) => event.detail.user?.user_id,
};
// @ts-expect-error `client` takes a TotpApi or a Stytch client
export const vueWrongClient: VueProps = { client: 42 };

type SvelteProps = SvelteHTMLElements['totp-enroll'];
export const svelteProps: SvelteProps = {
  'expiration-minutes': 10,
  'qr-canvas': true,
  client: recordingClient(),
  'ontotp-created': (event) => event.detail.totp_id,
  'onuser-change': (event) => event.detail.user?.user_id,
};
// @ts-expect-error the detail of user-change has no totp_id
export const svelteWrongDetail: SvelteProps = { 'onuser-change': (event) => event.detail.totp_id };

// React 19's bare tag.
export const jsxProps: TotpEnrollJsxProps = {
  'expiration-minutes': '10',
  'qr-canvas': true,
  client: recordingClient(),
  'ontotp-created': (event) => event.detail.totp_id,
};
// @ts-expect-error a misspelt attribute
export const jsxTypo: TotpEnrollJsxProps = { 'expiration-minute': '10' };

// The @lit/react wrapper.
export const wrapperProps: TotpEnrollProps = {
  expirationMinutes: 10,
  client: recordingClient(),
  onTotpVerified: (event) => event.detail.session_token,
  onTotpError: (event) => event.detail.error.error_type,
};
// @ts-expect-error the detail of totp-created has no error
export const wrapperWrongDetail: TotpEnrollProps = { onTotpCreated: (event) => event.detail.error };

// The tag map the element itself declares: createElement knows the class.
export const created = document.createElement('totp-enroll').expirationMinutes;
