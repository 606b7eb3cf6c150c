/** A module the first screen does without: see {@link lazyModule}. */
export interface LazyModule<T> {
  /** Imports the module, once per page; after a failure the next call asks again. */
  load(): Promise<T>;
  /** Warms the cache (hover, focus, a keystroke); a failure shows when the element needs the module. */
  loadQuietly(): void;
  /** Loads once the page is idle, unless a load already started. */
  preloadWhenIdle(): void;
}

/**
 * A module the first screen does without, imported once per page: on first use, when the user
 * shows intent, or when the page is idle. After a failure the next `load()` asks again, though
 * browsers that cache failed module fetches (Chromium does) refuse until the page reloads: the
 * element's message says so. `importModule` is the `() => import('./…')` of the module, with a
 * literal path so bundlers split it off; `idleMs` the longest wait for an idle moment,
 * `fallbackMs` the wait where the browser has no `requestIdleCallback` (Safari).
 */
export function lazyModule<T>(importModule: () => Promise<T>, idleMs: number, fallbackMs: number): LazyModule<T> {
  let loading: Promise<T> | undefined;
  // Through `module.load`, not a local: a test can replace it (a chunk that fails to load).
  const loadQuietly = () => {
    module.load().catch(() => {});
  };
  const module: LazyModule<T> = {
    load: () => (loading ??= importModule().catch((error: unknown) => {
      loading = undefined;
      throw error;
    })),
    loadQuietly,
    preloadWhenIdle: () => {
      if (loading) return;
      if ('requestIdleCallback' in globalThis) requestIdleCallback(loadQuietly, { timeout: idleMs });
      else setTimeout(loadQuietly, fallbackMs);
    },
  };
  return module;
}
