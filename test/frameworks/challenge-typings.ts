/*
 * `<totp-challenge>` in the framework typings the package ships (`totp-enroll/react`, `/vue`,
 * `/svelte`), checked by tsc against the built package: right props pass, wrong ones are errors.
 */
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { TotpChallengeJsxProps, TotpChallengeProps } from 'totp-enroll/react';
import type {} from 'totp-enroll/vue';
import type {} from 'totp-enroll/svelte';
import type { TotpAuthenticatedEvent } from 'totp-enroll/challenge';

type VueProps = InstanceType<GlobalComponents['totp-challenge']>['$props'];
export const vueProps: VueProps = {
  sessionDurationMinutes: '30',
  apiBase: '/stytch',
  onTotpAuthenticated: (event) => event.detail.session.session_id,
  onTotpError: (event) => event.detail.error.error_type,
};
// @ts-expect-error `expirationMinutes` is <totp-enroll>'s, not the challenge's
export const vueWrong: VueProps = { expirationMinutes: '10' };

type SvelteProps = SvelteHTMLElements['totp-challenge'];
export const svelteProps: SvelteProps = {
  'session-duration-minutes': 30,
  'ontotp-authenticated': (event: TotpAuthenticatedEvent) => event.detail.method,
};
// @ts-expect-error a misspelt listener
export const svelteWrong: SvelteProps = { 'ontotp-authenticate': () => {} };

export const reactProps: TotpChallengeProps = {
  publicToken: 'public-token-live-x',
  onTotpAuthenticated: (event) => event.detail.user_id,
};
export const jsxProps: TotpChallengeJsxProps = {
  'public-token': 'public-token-live-x',
  'ontotp-authenticated': (event) => event.detail.session_token,
};
// @ts-expect-error `timeout-ms` takes a number
export const jsxWrong: TotpChallengeJsxProps = { 'timeout-ms': {} };
