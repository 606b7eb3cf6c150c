import type { CreateTotpResponse } from '../../../api/types.js';
import { warmTemplates } from '../../shared/warm-templates.js';
import type { FlowStep } from '../state.js';
import type { Enrollment } from './registration.js';
import { renderFlow, type FlowView } from './views/flow-view.js';

/** The steps a setup goes through before "Done" (a short one of its own, rendered as it ends). */
const STEPS: readonly FlowStep[] = ['scan', 'confirm', 'codes'];

/** A registration's shape with nothing of anyone's in it (an all-A key, placeholder codes, no image). */
const SAMPLE: Enrollment = {
  created: { secret: 'A'.repeat(32), recovery_codes: Array.from({ length: 10 }, () => 'xxxx-xxxx-xxxx') } as CreateTotpResponse,
  expiresAt: 0, issuer: '', account: '', otpauthUri: '', qrSrc: '', qrCanvas: null,
  api: { create: () => Promise.reject(new Error('sample')), authenticate: () => Promise.reject(new Error('sample')) },
};

/** Prepares Scan, Confirm and the recovery codes while Create is on the network (see `warmTemplates`), from the flow's view model. */
export function warmSteps(view: () => FlowView): void {
  warmTemplates('totp-enroll steps', () => STEPS.map((step) => renderFlow({
    ...view(), state: step === 'codes' ? 'verified' : 'created', step, enrollment: SAMPLE,
  })));
}
