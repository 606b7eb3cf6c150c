/**
 * A call of Stytch's SDK API to the page's own origin, sent by an element's first screen while
 * the API client's chunk is still on the network (issue 21): on a slow phone the chunk and the
 * call would otherwise be two round trips one after the other.
 *
 * Only for the default setup — no `client`, `api-base` or `public-token` — where the client
 * would send exactly this: `${origin}/sdk/v1${path}`, the JSON body if any, the two JSON headers,
 * `credentials: 'include'` and no Authorization (the session rides in its cookie). Returns the
 * `fetch` for that client's options: its first call with the same method, URL and body gets the
 * answer already on the way, and the client's abort (its timeout, a newer request) cancels it;
 * any other call is an ordinary fetch. `signal` cancels it before the client takes it over (the
 * element was reset or detached while the chunk loaded). The client's timeout counts from when it
 * takes the request over: at most the chunk's load time later than from when it left.
 */
export function startEarlyCall(method: 'GET' | 'POST', path: string, body: object | undefined, signal: AbortSignal): typeof fetch {
  const url = `${location.origin}/sdk/v1${path}`;
  const json = body && JSON.stringify(body);
  const controller = new AbortController();
  // An abort of the run's signal, or later of the client's, cancels the request (already aborted: now).
  const follow = (by: AbortSignal | null | undefined) => by?.aborted ? controller.abort(by.reason) : by?.addEventListener('abort', () => controller.abort(by.reason));
  follow(signal);
  const answer = fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: json,
    credentials: 'include',
    signal: controller.signal,
  });
  // Read by the client, or dropped with a cancelled run: never an unhandled rejection.
  answer.catch(() => {});
  let taken = false;
  return (input, init) => {
    if (taken || String(input) !== url || init?.method !== method || init.body !== json) return fetch(input, init);
    taken = true;
    follow(init.signal);
    return answer;
  };
}
