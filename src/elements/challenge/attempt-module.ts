/** The API clients, loaded when the page is idle or the user first types: the first paint does without them. */
export type ResolveModule = typeof import('../../api/resolve.js');

let resolveModule: Promise<ResolveModule> | undefined;

export function loadApiModule(): Promise<ResolveModule> {
  resolveModule ??= import('../../api/resolve.js').catch((error: unknown) => {
    resolveModule = undefined;
    throw error;
  });
  return resolveModule;
}

export function loadApiModuleQuietly(): void {
  // A failure shows when the user submits; this only warms the cache.
  loadApiModule().catch(() => {});
}

export function preloadApiWhenIdle(): void {
  if (resolveModule) return;
  if ('requestIdleCallback' in globalThis) requestIdleCallback(loadApiModuleQuietly, { timeout: 3000 });
  else setTimeout(loadApiModuleQuietly, 1000);
}
