import type { MiddlewareHandler } from 'hono';

/** Stands in for a thrown value that is not an `Error`. The value itself is not kept: it could hold anything. */
export class NonErrorThrown extends Error {
  constructor(thrown: unknown) {
    super(`A value that is not an Error was thrown (${thrown === null ? 'null' : typeof thrown}).`);
    this.name = 'NonErrorThrown';
  }
}

/**
 * Hono hands only `Error`s to `onError`: a store that throws a string, or a Stytch client that
 * rejects with a plain object, would make `fetch` reject and leave the browser with no answer.
 * Registered just before the routes, so the error handler answers 500 and the middleware
 * around it (request id, no-store) still runs.
 */
export function everyThrownValueAnError(): MiddlewareHandler {
  return async (_c, next) => {
    try {
      await next();
    } catch (thrown) {
      throw thrown instanceof Error ? thrown : new NonErrorThrown(thrown);
    }
  };
}
