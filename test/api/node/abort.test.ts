import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import { raceAbort, withTimeout } from '../../../src/api/abort.js';
import { TotpApiError } from '../../../src/api/index.js';
import { abortError, invalidResponse } from '../../../src/api/client-errors.js';

/** Resolves once `signal` aborts. */
const aborted = (signal: AbortSignal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

describe('withTimeout', () => {
  it('aborts after the timeout and says it timed out', async () => {
    const deadline = withTimeout(undefined, 20);
    assert.equal(deadline.signal.aborted, false);
    assert.equal(deadline.timedOut, false);
    await aborted(deadline.signal);
    assert.equal(deadline.timedOut, true);
    deadline.dispose();
  });

  it('follows the caller\'s abort with its reason, and that is no timeout', async () => {
    const caller = new AbortController();
    const deadline = withTimeout(caller.signal, 10_000);
    caller.abort('because');
    assert.equal(deadline.signal.aborted, true);
    assert.equal(deadline.signal.reason, 'because');
    assert.equal(deadline.timedOut, false);
    deadline.dispose();
  });

  it('stops listening to the caller\'s signal once it has aborted, even before dispose', () => {
    const caller = new AbortController();
    const deadline = withTimeout(caller.signal, 10_000);
    assert.equal(getEventListeners(caller.signal, 'abort').length, 1);
    caller.abort();
    assert.equal(getEventListeners(caller.signal, 'abort').length, 0);
    deadline.dispose();
  });

  it('starts aborted when the caller already aborted', () => {
    const deadline = withTimeout(AbortSignal.abort('early'), 10_000);
    assert.equal(deadline.signal.aborted, true);
    assert.equal(deadline.signal.reason, 'early');
    deadline.dispose();
  });

  it('never times out with 0 or a non-finite timeout', async () => {
    for (const ms of [0, Number.POSITIVE_INFINITY, -5]) {
      const deadline = withTimeout(undefined, ms);
      const later = withTimeout(undefined, 30);
      await aborted(later.signal);
      assert.equal(deadline.signal.aborted, false, String(ms));
      deadline.dispose();
    }
  });

  it('after dispose, neither the timer nor the caller aborts it', async () => {
    const caller = new AbortController();
    const deadline = withTimeout(caller.signal, 20);
    deadline.dispose();
    caller.abort();
    const later = withTimeout(undefined, 60);
    await aborted(later.signal);
    assert.equal(deadline.signal.aborted, false);
    assert.equal(deadline.timedOut, false);
  });
});

describe('raceAbort', () => {
  it('settles as the promise does when nothing aborts', async () => {
    assert.equal(await raceAbort(Promise.resolve(1), new AbortController().signal), 1);
    await assert.rejects(raceAbort(Promise.reject(new Error('no')), new AbortController().signal), /no/);
    const promise = Promise.resolve(2);
    assert.equal(raceAbort(promise, undefined), promise);
  });

  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const pending = raceAbort(new Promise(() => undefined), controller.signal);
    controller.abort('stop');
    await assert.rejects(pending, (reason) => reason === 'stop');
    await assert.rejects(raceAbort(Promise.resolve(1), AbortSignal.abort('already')), (reason) => reason === 'already');
  });

  // A page may pass one long-lived signal to many requests: each request must leave no abort
  // listener behind on it (node:events' getEventListeners reads what the signal really holds).
  it('leaves no listener on the caller\'s signal once the promise settles', async () => {
    const controller = new AbortController();
    await raceAbort(Promise.resolve(1), controller.signal);
    await raceAbort(Promise.reject(new Error('x')), controller.signal).catch(() => undefined);
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
  });

  it('leaves no listener on the signal after an abort, even when the promise never settles', async () => {
    const controller = new AbortController();
    const pending = raceAbort(new Promise(() => undefined), controller.signal);
    assert.equal(getEventListeners(controller.signal, 'abort').length, 1);
    controller.abort('stop');
    await assert.rejects(pending, (reason) => reason === 'stop');
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
  });
});

describe('TotpApiError', () => {
  it('carries its fields, with empty request id and error URL when absent', () => {
    const error = new TotpApiError({ status_code: 400, error_type: 'bad', error_message: 'Bad.' }, { cause: 'c' });
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'TotpApiError');
    assert.equal(error.message, 'Bad.');
    assert.equal(error.error_message, 'Bad.');
    assert.equal(error.status_code, 400);
    assert.equal(error.request_id, '');
    assert.equal(error.error_url, '');
    assert.equal(error.retry_after, undefined);
    assert.equal(error.cause, 'c');
    const full = new TotpApiError({ status_code: 429, error_type: 't', error_message: 'm', request_id: 'r', error_url: 'u', retry_after: 3 });
    assert.deepEqual([full.request_id, full.error_url, full.retry_after], ['r', 'u', 3]);
  });

  it('is aborted only for a cancelled request', () => {
    assert.equal(abortError('why').aborted, true);
    assert.equal(abortError('why').cause, 'why');
    assert.equal(abortError().status_code, 0);
    assert.equal(abortError().error_message, 'The request was cancelled.');
    assert.equal(invalidResponse('x').aborted, false);
    assert.equal(new TotpApiError({ status_code: 0, error_type: 'request_timeout', error_message: '' }).aborted, false);
  });

  it('words an invalid response and keeps its request id', () => {
    const error = invalidResponse('"x" is wrong.', 'request-id-5');
    assert.equal(error.error_type, 'invalid_response');
    assert.equal(error.status_code, 0);
    assert.equal(error.error_message, 'The server sent an invalid response: "x" is wrong.');
    assert.equal(error.request_id, 'request-id-5');
  });
});
