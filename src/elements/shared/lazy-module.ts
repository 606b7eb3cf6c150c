/**
 * A module the first screen does without, imported once per page: on first use, when the user
 * shows intent (hover, focus, a keystroke), or when the page is idle. After a failure the next
 * `load()` asks again, though browsers that cache failed module fetches (Chromium does) refuse
 * until the page reloads: the element's message says so.
 */
export class LazyModule<T> {
  #loading: Promise<T> | undefined;

  /**
   * `importModule`: the `() => import('./…')` of the module, with a literal path so bundlers
   * split it off. `idleMs`: the longest wait for an idle moment; `fallbackMs`: the wait where
   * the browser has no `requestIdleCallback` (Safari).
   */
  constructor(private readonly importModule: () => Promise<T>, private readonly idleMs: number, private readonly fallbackMs: number) {}

  load(): Promise<T> {
    this.#loading ??= this.importModule().catch((error: unknown) => {
      this.#loading = undefined;
      throw error;
    });
    return this.#loading;
  }

  /** Warms the cache; a failure shows when the element needs the module. */
  readonly loadQuietly = (): void => {
    this.load().catch(() => {});
  };

  /** Loads once the page is idle, unless a load already started. */
  preloadWhenIdle(): void {
    if (this.#loading) return;
    if ('requestIdleCallback' in globalThis) requestIdleCallback(this.loadQuietly, { timeout: this.idleMs });
    else setTimeout(this.loadQuietly, this.fallbackMs);
  }
}
