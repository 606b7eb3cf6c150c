import { render } from 'lit';
import type { CreateTotpResponse } from '../../../api/types.js';
import type { FlowStep } from '../state.js';
import type { Enrollment } from './registration.js';
import { renderFlow, type FlowView } from './views/flow-view.js';

/** Once per page: Lit keeps a prepared template for the page's lifetime. */
let warmed = false;

/**
 * Lit parses a template's HTML and finds its parts the first time it renders it. The steps after
 * "Set up" are many templates, and preparing them after Create answers stood between the answer and
 * the QR on screen (on a phone profile at ×4 CPU, more than half of the script time in that window).
 * Called as Create leaves, this prepares them while the request is on the network: the steps of
 * `view` (the flow's view model, read when the page is idle) with a stand-in registration, rendered
 * into a document with no browsing context, so nothing loads (the QR image), shows or stays. The
 * real render then only clones and fills them.
 */
export function warmTemplates(view: () => FlowView): void {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  const warm = () => {
    const scratch = document.implementation.createHTMLDocument('');
    const current = view();
    for (const step of STEPS) {
      const state = step === 'codes' ? 'verified' : 'created';
      render(renderFlow({ ...current, state, step, enrollment: SAMPLE }), scratch.body.appendChild(scratch.createElement('div')), { creationScope: scratch });
    }
  };
  // After the busy "Set up" is painted; a browser without requestIdleCallback (Safari) waits a frame or so.
  if ('requestIdleCallback' in globalThis) requestIdleCallback(warm, { timeout: 100 });
  else setTimeout(warm, 20);
}

/** The steps a setup goes through before "Done" (a short one of its own, rendered as it ends). */
const STEPS: readonly FlowStep[] = ['scan', 'confirm', 'codes'];

/** A registration's shape with nothing of anyone's in it (an all-A key, placeholder codes, no image). */
const SAMPLE: Enrollment = {
  created: { secret: 'A'.repeat(32), recovery_codes: Array.from({ length: 10 }, () => 'xxxx-xxxx-xxxx') } as CreateTotpResponse,
  expiresAt: 0, issuer: '', account: '', otpauthUri: '', qrSrc: '', qrCanvas: null,
  api: { create: () => Promise.reject(new Error('sample')), authenticate: () => Promise.reject(new Error('sample')) },
};
