import { lazyModule } from '../shared/lazy-module.js';

/**
 * The enrollment flow's chunk (flow/): everything after "Set up", and what knows the user
 * (enrolled-user.ts, with the API clients), loaded when the element connects.
 */
export const flowModule = lazyModule(() => import('./flow/enrollment-flow.js'));

/** Loads the flow's chunk once per page (what `start()` waits for; the tests wait for it too). */
export function loadFlowModule(): ReturnType<typeof flowModule.load> {
  return flowModule.load();
}
