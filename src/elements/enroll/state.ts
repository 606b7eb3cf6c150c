/**
 * Where `<totp-enroll>` is: `checking` while it learns whether the user already has an
 * authenticator app, `idle` ("Set up") for one who has none, `enrolled` (the "on" state and its
 * actions) for one who has, and the enrollment flow's states after "Set up".
 */
export type TotpEnrollState = 'checking' | 'idle' | 'enrolled' | 'creating' | 'created' | 'verifying' | 'verified' | 'expired' | 'error';

/** The four steps after "Set up", in order. The element reflects the current one as its `step` attribute. */
export const FLOW_STEPS = ['scan', 'confirm', 'codes', 'done'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/**
 * The screens of the `enrolled` state, reflected as the `step` attribute too: `on` (the three
 * actions), `step-up` (a code first), `recovery-codes`, `remove` and `replace` (each asks to
 * confirm), `removed-elsewhere` (`totp_not_found`: nothing left to manage) and `error`.
 */
export type ManageStep = 'on' | 'step-up' | 'recovery-codes' | 'remove' | 'replace' | 'removed-elsewhere' | 'error';
