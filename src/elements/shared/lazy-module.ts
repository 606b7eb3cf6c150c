/** A module the first screen does without: see {@link lazyModule}. */
export interface LazyModule<T> {
  /** Imports the module, once per page; after a failure the next call asks again. */
  load(): Promise<T>;
  /** Starts loading (on connect, on a keystroke); a failure shows when the element needs the module. */
  loadQuietly(): void;
}

/**
 * A module the first screen does without, imported once per page, from when the element
 * connects: each element's next step needs it (enroll's user lookup, the challenge's check of a
 * code that a password manager may fill in at once), so it loads while the page is read rather
 * than after a tap. After a failure the next `load()` asks again, though browsers that cache
 * failed module fetches (Chromium does) refuse until the page reloads: the element's message
 * says so. `importModule` is the `() => import('./…')` of the module, with a literal path so
 * bundlers split it off.
 */
export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  const module: LazyModule<T> = {
    load: () => (loading ??= importModule().catch((error: unknown) => {
      loading = undefined;
      throw error;
    })),
    // Through `module.load`, not a local: a test can replace it (a chunk that fails to load).
    loadQuietly: () => {
      module.load().catch(() => {});
    },
  };
  return module;
}
