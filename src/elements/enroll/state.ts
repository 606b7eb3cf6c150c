/** Where `<totp-enroll>` is in the enrollment flow. */
export type TotpEnrollState = 'idle' | 'creating' | 'created' | 'verifying' | 'verified' | 'expired' | 'error';

/** The four steps after "Set up", in order. The element reflects the current one as its `step` attribute. */
export const FLOW_STEPS = ['scan', 'confirm', 'codes', 'done'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];
