import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a run that is still the latest ended. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs one async job at a time for its element, the way `@lit/task` does: each run gets a fresh
 * AbortController and a call id, a new run, `abort()` or the element's disconnection cancels the
 * one before, and a result that is no longer the latest is dropped — here, and nowhere else.
 */
export class LatestRequest implements ReactiveController {
  #controller: AbortController | null = null;
  #callId = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Resolves with the outcome, or with `undefined` when a later run or `abort()` made this
   * one stale. `discard` receives a stale run's value, to release what it holds.
   */
  async run<T>(task: (signal: AbortSignal) => Promise<T>, discard?: (value: T) => void): Promise<Outcome<T> | undefined> {
    this.abort();
    const id = this.#callId;
    const controller = new AbortController();
    this.#controller = controller;
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: await task(controller.signal) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (id !== this.#callId) {
      if (outcome.ok) discard?.(outcome.value);
      return undefined;
    }
    this.#controller = null;
    return outcome;
  }

  /** Cancels the run in flight; its result, whenever it comes, is dropped. */
  abort(): void {
    this.#callId++;
    this.#controller?.abort();
    this.#controller = null;
  }

  /** A detached element makes no further request: whatever is in flight is cancelled. */
  hostDisconnected(): void {
    this.abort();
  }
}
