import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { HttpTotpApi } from '../../src/api/http-client.js';
import { loadFlowModule } from '../../src/elements/enroll/flow-module.js';
import { enrollElement, recordEvents, startButton, waitForState } from '../enroll/harness.js';

// Before any element exists (and could preload it), make the flow's chunk take a while.
await fetch('/__test__/flow-chunk?delay_ms=400', { method: 'POST' });

/*
 * Reset and disconnect while the enrollment flow's code is still loading: the start they
 * cancel must not go on once the code arrives.
 */
describe('while the enrollment flow is loading', () => {
  after(() => fetch('/__test__/flow-chunk?delay_ms=0', { method: 'POST' }));

  for (const cancel of ['reset', 'disconnect'] as const) {
    it(`${cancel} cancels the start: no Create, no event`, async () => {
      const recorder = recordEvents();
      const create = sinon.spy(HttpTotpApi.prototype, 'create');
      try {
        const el = await enrollElement();
        startButton(el).click();
        expect(el.state).to.equal('creating');
        if (cancel === 'reset') el.reset();
        else el.remove();
        expect(el.state).to.equal('idle');
        await loadFlowModule(); // the chunk arrives meanwhile
        await el.updateComplete;
        expect(el.state).to.equal('idle');
        expect(create.callCount).to.equal(0);
        expect(recorder.events).to.have.length(0);
      } finally {
        create.restore();
        recorder.stop();
      }
    });
  }

  it('a start after the load then works', async () => {
    const el = await enrollElement();
    startButton(el).click();
    await waitForState(el, 'created');
  });
});
