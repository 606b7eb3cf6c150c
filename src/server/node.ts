import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';

/** Connect's `next`: called to hand the request on, or with an error to report it. */
export type NextFunction = (error?: unknown) => void;

export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: NextFunction) => void;

/**
 * Mounts a fetch handler (such as `createStytchBackend().fetch`) in a Node server:
 * requests whose URL starts with `prefix` go to the handler, all others to `next()`.
 * Works as Vite/Connect middleware, and in Koa after `ctx.respond = false`.
 * With a backend `basePath`, pass the matching prefix, e.g. `'/stytch/sdk/'`.
 */
export function nodeMiddleware(
  handler: (request: Request) => Promise<Response>,
  opts: { prefix?: string } = {},
): NodeMiddleware {
  const prefix = opts.prefix ?? '/sdk/';
  const listener = getRequestListener((request) => handler(request));
  return (req, res, next) => {
    if (!(req.url ?? '').startsWith(prefix)) {
      next();
      return;
    }
    listener(req, res).catch(next);
  };
}
