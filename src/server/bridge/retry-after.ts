import { AsyncLocalStorage } from 'node:async_hooks';
import type { StytchDispatcher } from './options.js';

/*
 * The `stytch` package throws a StytchError made from the response body alone, so a
 * 429's `Retry-After` header would be lost. The bridge routes the client's requests through
 * a dispatcher that notes that header in the async context of the bridge call which made
 * the request; the error translator reads it from there. Nothing else about the request changes.
 */

interface RetryAfterNote {
  value?: string;
}

const notes = new AsyncLocalStorage<RetryAfterNote>();

/** Runs one Stytch call; `retryAfter()` afterwards tells what its response said, if anything. */
export async function withRetryAfterNote<T>(call: () => Promise<T>): Promise<{ result: T } | { error: unknown; retryAfter?: string }> {
  const note: RetryAfterNote = {};
  try {
    return { result: await notes.run(note, call) };
  } catch (error) {
    return { error, retryAfter: note.value };
  }
}

/** Undici stores its global dispatcher under this symbol, in every version Node ships. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

type Handler = Record<string | symbol, unknown>;
interface Dispatching {
  dispatch(options: unknown, handler: Handler): boolean;
}

/**
 * `inner` (or Node's global dispatcher, looked up per request so a later
 * `setGlobalDispatcher` still counts) with the Retry-After note added.
 */
export function noteRetryAfter(inner?: StytchDispatcher): StytchDispatcher {
  const target = (): Dispatching =>
    (inner as unknown as Dispatching | undefined) ?? ((globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER] as Dispatching);
  const wrapper: Dispatching = {
    dispatch(options, handler) {
      const note = notes.getStore();
      return target().dispatch(options, note ? observeHeaders(handler, note) : handler);
    },
  };
  // Everything else (close, destroy, events) is the inner dispatcher's.
  return new Proxy(wrapper, {
    get(self, prop) {
      if (prop === 'dispatch') return self.dispatch;
      const dispatcher = target() as unknown as Record<string | symbol, unknown>;
      const value = dispatcher[prop];
      return typeof value === 'function' ? value.bind(dispatcher) : value;
    },
  }) as unknown as StytchDispatcher;
}

/** The handler as it was, except that response headers are read on their way through. */
function observeHeaders(handler: Handler, note: RetryAfterNote): Handler {
  return new Proxy(handler, {
    get(target, prop) {
      const value = target[prop];
      if (typeof value !== 'function') return value;
      // undici 6 (Node 20): onHeaders(status, rawHeaders: Buffer[] | string[], …)
      if (prop === 'onHeaders') {
        return (...args: unknown[]) => {
          note.value = retryAfterFromRaw(args[1]) ?? note.value;
          return value.apply(target, args);
        };
      }
      // undici 7 (newer Node releases): onResponseStart(controller, status, headers: Record<string, string | string[]>, …)
      if (prop === 'onResponseStart') {
        return (...args: unknown[]) => {
          const headers = args[2] as Record<string, string | string[] | undefined> | undefined;
          const found = headers?.['retry-after'];
          note.value = (Array.isArray(found) ? found[0] : found) ?? note.value;
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
}

function retryAfterFromRaw(raw: unknown): string | undefined {
  if (!Array.isArray(raw)) return undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (String(raw[i]).toLowerCase() === 'retry-after') return String(raw[i + 1]);
  }
  return undefined;
}
