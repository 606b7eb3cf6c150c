import { AsyncLocalStorage } from 'node:async_hooks';
import { StytchError } from '../http/stytch-error.js';
import { tapHandler, wrapDispatcherHandlers } from './dispatcher-wrapper.js';
import type { StytchDispatcher } from './options.js';

/*
 * `stytch@14` passes its `timeout` option to `fetch`, which has no such option: a Stytch that
 * accepts the connection and never answers would hold the bridge's request open forever. So the
 * bridge bounds every Stytch call itself. When the bridge made the client, the HTTP request is
 * aborted too (through the dispatcher it gave the client), so its socket is closed rather than
 * left waiting; an application's own client can only be raced, since the bridge cannot reach its
 * requests. Node-only (AsyncLocalStorage): stytch-client.ts loads it with the first call.
 */

/** The HTTP requests one bounded call made, and how to abort them. */
class AbortScope {
  private readonly aborts: ((reason: Error) => void)[] = [];
  private reason: Error | undefined;

  /** Called with each request's abort as undici hands it over; a request that starts after the timeout is aborted at once. */
  add(abort: (reason: Error) => void): void {
    if (this.reason) abort(this.reason);
    else this.aborts.push(abort);
  }

  abort(reason: Error): void {
    this.reason = reason;
    for (const abort of this.aborts.splice(0)) abort(reason);
  }
}

const scopes = new AsyncLocalStorage<AbortScope>();

/**
 * `inner` with each request registered in the bounded call that made it, so the timeout can
 * abort it: undici 6 hands the handler an `abort` function in `onConnect`, undici 7 a controller
 * in `onRequestStart`. (A request still waiting for its connection when the timeout fires is
 * aborted as soon as it gets one; until then undici's own connect timeout bounds it.)
 */
export function abortOnTimeout(inner?: StytchDispatcher): StytchDispatcher {
  return wrapDispatcherHandlers(inner, (handler) => {
    const scope = scopes.getStore();
    if (!scope) return handler;
    return tapHandler(handler, {
      onConnect: (abort) => {
        if (typeof abort === 'function') scope.add((reason) => abort(reason));
      },
      onRequestStart: (controller) => {
        const abort = (controller as { abort?: unknown } | undefined)?.abort;
        if (typeof abort === 'function') scope.add((reason) => abort.call(controller, reason));
      },
    });
  });
}

/**
 * `client` with every method call (at any depth: `client.sessions.authenticate(…)`) bounded by
 * `timeoutMs`: past it, the call rejects with 504 `stytch_timeout` and its HTTP requests, if they
 * went through {@link abortOnTimeout}, are aborted. A late result or failure of the call is
 * dropped (it can no longer change the answer, and must not surface as an unhandled rejection).
 * Every method rather than a list of them: a Stytch call the bridge starts making later is
 * bounded without anyone remembering to add it here.
 */
export function boundedClient<T extends object>(client: T, timeoutMs: number): T {
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value === 'function') {
        return (...args: unknown[]) => bounded(() => value.apply(target, args) as Promise<unknown>, timeoutMs);
      }
      return typeof value === 'object' && value !== null ? boundedClient(value, timeoutMs) : value;
    },
  });
}

function bounded<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  const scope = new AbortScope();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const timedOut = new StytchError(504, 'stytch_timeout', 'Stytch did not answer in time: try again.');
      reject(timedOut);
      scope.abort(timedOut);
    }, timeoutMs);
    const settle = <V>(then: (value: V) => void) => (value: V) => {
      clearTimeout(timer);
      then(value);
    };
    let pending: Promise<T>;
    try {
      pending = Promise.resolve(scopes.run(scope, call));
    } catch (error) {
      settle(reject)(error);
      return;
    }
    pending.then(settle(resolve), settle(reject));
  });
}
