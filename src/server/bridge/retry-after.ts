import { AsyncLocalStorage } from 'node:async_hooks';
import { type DispatchHandler, tapHandler, wrapDispatcherHandlers } from './dispatcher-wrapper.js';
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

/** `inner` (or Node's global dispatcher) with the Retry-After note added. */
export function noteRetryAfter(inner?: StytchDispatcher): StytchDispatcher {
  return wrapDispatcherHandlers(inner, (handler) => {
    const note = notes.getStore();
    return note ? observeHeaders(handler, note) : handler;
  });
}

/** The handler as it was, except that response headers are read on their way through. */
function observeHeaders(handler: DispatchHandler, note: RetryAfterNote): DispatchHandler {
  return tapHandler(handler, {
    // undici 6 (Node 20): onHeaders(status, rawHeaders: Buffer[] | string[], …)
    onHeaders: (...args) => {
      note.value = retryAfterFromRaw(args[1]) ?? note.value;
    },
    // undici 7 (newer Node releases): onResponseStart(controller, status, headers: Record<string, string | string[]>, …)
    onResponseStart: (...args) => {
      const headers = args[2] as Record<string, string | string[] | undefined> | undefined;
      const found = headers?.['retry-after'];
      note.value = (Array.isArray(found) ? found[0] : found) ?? note.value;
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
