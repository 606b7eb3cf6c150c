/** The enrollment flow's chunk: everything after "Set up". */
export type FlowModule = typeof import('./flow/enrollment-flow.js');

let flowModule: Promise<FlowModule> | undefined;

/**
 * Loads the enrollment flow's chunk once per page. After a failure the next start asks
 * again, though browsers that cache failed module fetches (Chromium does) will refuse until
 * the page reloads: the message says so.
 */
export function loadFlowModule(): Promise<FlowModule> {
  flowModule ??= import('./flow/enrollment-flow.js').catch((error: unknown) => {
    flowModule = undefined;
    throw error;
  });
  return flowModule;
}

export function loadFlowModuleQuietly(): void {
  // A failure shows when the user starts; preloading only warms the cache.
  loadFlowModule().catch(() => {});
}

/** Fetches the flow's chunk once the page is idle, so "Set up" answers at once. */
export function preloadWhenIdle(): void {
  if (flowModule) return;
  if ('requestIdleCallback' in globalThis) requestIdleCallback(loadFlowModuleQuietly, { timeout: 5000 });
  else setTimeout(loadFlowModuleQuietly, 2000);
}
