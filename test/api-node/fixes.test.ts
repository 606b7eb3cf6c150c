/*
 * Two faults the mutation run found: an already-aborted raceAbort left the dropped promise
 * unobserved (an unhandled rejection ends a Node process), and "within 1 seconds".
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { raceAbort } from '../../src/api/abort.js';
import { HttpTotpApi, TotpApiError } from '../../src/api/index.js';

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
  it('says "1 second", not "1 seconds"', async () => {
    const api = new HttpTotpApi({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 1000, fetch: (_input, init) => new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    }) });
    const error = await api.create({ expiration_minutes: 60 }).catch((e: unknown) => e);
    assert.ok(error instanceof TotpApiError);
    assert.equal(error.error_type, 'request_timeout');
    assert.match(error.error_message, /within 1 second\./);
  });
});
