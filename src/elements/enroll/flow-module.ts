import { lazyModule } from '../shared/lazy-module.js';

/**
 * The enrollment flow's chunk (flow/): everything after "Set up", loaded when the user starts,
 * points at the button, or when the page is idle.
 */
export const flowModule = lazyModule(() => import('./flow/enrollment-flow.js'), 5000, 2000);

/** Loads the flow's chunk once per page (what `start()` waits for; the tests wait for it too). */
export function loadFlowModule(): ReturnType<typeof flowModule.load> {
  return flowModule.load();
}
