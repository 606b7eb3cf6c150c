import { expect, waitUntil } from '@open-wc/testing';
import type { TotpErrorEvent } from '../../src/index.js';
import { $, enrollElement, errorText, recordEvents, startButton, waitForState } from '../enroll/harness.js';

// Before any element exists (and could preload it), make the flow's chunk fail to load.
await fetch('/__test__/flow-chunk?fail=1', { method: 'POST' });

describe('when the enrollment flow cannot be loaded', () => {
  after(() => fetch('/__test__/flow-chunk?fail=0', { method: 'POST' }));

  it('says so in the element, fires totp-error, and stays usable', async () => {
    const recorder = recordEvents();
    try {
      const el = await enrollElement();
      startButton(el).click();
      await waitForState(el, 'idle');
      await waitUntil(() => errorText(el).includes('The setup could not load'), 'the message');
      expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
      const errors = recorder.of('totp-error') as TotpErrorEvent[];
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.step).to.equal('create');
      expect(errors[0]!.detail.error.error_type).to.equal('load_failed');

      // A second try reports again rather than hanging busy (Chromium caches the failed module).
      startButton(el).click();
      await waitUntil(() => recorder.of('totp-error').length === 2, 'a second totp-error');
      await waitForState(el, 'idle');
      expect(errorText(el)).to.contain('reload');
    } finally {
      recorder.stop();
    }
  });
});
