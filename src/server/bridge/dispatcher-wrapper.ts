import type { StytchDispatcher } from './options.js';

/*
 * The bridge sees the `stytch` package's HTTP requests only through the undici Dispatcher it gives
 * the client: the package exposes neither response headers nor a way to cancel a call. Each
 * concern that needs the requests (Retry-After, aborting on timeout) wraps the dispatcher's
 * handlers, and nothing else: options and bodies pass as they are.
 */

/** An undici dispatch handler, seen as a bag of callbacks (undici 6's `onConnect`/`onHeaders`/…, 7's `onRequestStart`/…). */
export type DispatchHandler = Record<string | symbol, unknown>;

interface Dispatching {
  dispatch(options: unknown, handler: DispatchHandler): boolean;
}

/** Undici stores its global dispatcher under this symbol, in every version Node ships. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/**
 * `inner` (or Node's global dispatcher, looked up per request so a later `setGlobalDispatcher`
 * still counts) with every request's handler passed through `wrap` first. Everything but
 * `dispatch` (close, destroy, events) is the inner dispatcher's.
 */
export function wrapDispatcherHandlers(inner: StytchDispatcher | undefined, wrap: (handler: DispatchHandler) => DispatchHandler): StytchDispatcher {
  const target = (): Dispatching =>
    (inner as unknown as Dispatching | undefined) ?? ((globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER] as Dispatching);
  const wrapper: Dispatching = {
    dispatch(options, handler) {
      return target().dispatch(options, wrap(handler));
    },
  };
  return new Proxy(wrapper, {
    get(self, prop) {
      if (prop === 'dispatch') return self.dispatch;
      const dispatcher = target() as unknown as Record<string | symbol, unknown>;
      const value = dispatcher[prop];
      return typeof value === 'function' ? value.bind(dispatcher) : value;
    },
  }) as unknown as StytchDispatcher;
}

/**
 * The handler as it was, except that the callbacks named in `taps` run their tap first (with
 * the same arguments). Every other callback is the handler's own, bound to it.
 */
export function tapHandler(handler: DispatchHandler, taps: Record<string, (...args: unknown[]) => void>): DispatchHandler {
  return new Proxy(handler, {
    get(target, prop) {
      const value = target[prop];
      if (typeof value !== 'function') return value;
      const tap = typeof prop === 'string' && Object.hasOwn(taps, prop) ? taps[prop] : undefined;
      if (!tap) return value.bind(target);
      return (...args: unknown[]) => {
        tap(...args);
        return value.apply(target, args);
      };
    },
  });
}
