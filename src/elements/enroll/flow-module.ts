/**
 * The enrollment flow's chunk (flow/): everything after "Set up", and what knows the user
 * (enrolled-user.ts, with the API clients), loaded when the element connects. A plain memoised
 * import, not shared/lazy-module.ts: with the chunk loading on connect there is no idle moment
 * or hover to wait for, and a page with only `<totp-enroll>` does without that module's code.
 */
let loading: Promise<typeof import('./flow/enrollment-flow.js')> | undefined;

export const flowModule = {
  /**
   * Imports the chunk once per page; after a failure the next call asks again (though Chromium
   * caches a failed module fetch until the page reloads: the element's message says so).
   */
  load: (): Promise<typeof import('./flow/enrollment-flow.js')> => (loading ??= import('./flow/enrollment-flow.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  })),
};

/** Loads the flow's chunk once per page (what `start()` waits for; the tests wait for it too). */
export function loadFlowModule(): ReturnType<typeof flowModule.load> {
  return flowModule.load();
}
