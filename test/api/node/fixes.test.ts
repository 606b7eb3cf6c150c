/*
 * Two faults the mutation run found: an already-aborted raceAbort left the dropped promise
 * unobserved (an unhandled rejection ends a Node process), and "within 1 seconds".
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { raceAbort } from '../../../src/api/abort.js';
import { HttpTotpApi, TotpApiError } from '../../../src/api/index.js';

describe('raceAbort with a signal that is already aborted', () => {
  it('rejects with the reason and leaves no unhandled rejection behind when the promise fails later', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let fail!: (error: Error) => void;
      const pending = new Promise<never>((_, reject) => { fail = reject; });
      const controller = new AbortController();
      controller.abort(new Error('cancelled'));
      await assert.rejects(raceAbort(pending, controller.signal), /cancelled/);
      fail(new Error('late failure'));
      // Unhandled rejections are reported after the microtask queue drains: wait for that turn.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('the timeout message', () => {
  /** A fetch that answers nothing until it is aborted, so only the deadline can end the call. */
  const hangingFetch: typeof fetch = (_input, init) => new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });

  // Mocked timers: the deadlines here are seconds long, and waiting for them would slow every run.
  for (const [timeoutMs, words] of [[1000, '1 second'], [1499, '1 second'], [1600, '2 seconds'], [15_000, '15 seconds'], [999, '999 ms']] as const) {
    it(`gives up after exactly ${timeoutMs} ms and says "within ${words}"`, async (t) => {
      t.mock.timers.enable({ apis: ['setTimeout'] });
      const api = new HttpTotpApi({ baseUrl: 'http://127.0.0.1:9', timeoutMs, fetch: hangingFetch });
      let settled = false;
      const outcome = api.create({ expiration_minutes: 60 }).catch((e: unknown) => e).finally(() => { settled = true; });
      await new Promise((resolve) => setImmediate(resolve));
      t.mock.timers.tick(timeoutMs - 1);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(settled, false, 'still waiting 1 ms before the deadline');
      t.mock.timers.tick(1);
      const error = await outcome;
      assert.ok(error instanceof TotpApiError);
      assert.equal(error.error_type, 'request_timeout');
      assert.equal(error.error_message, `The server did not answer within ${words}.`);
    });
  }
});
