/*
 * The steps' templates are prepared while Create is on the network (flow/warm-steps.ts, over
 * shared/warm-templates.ts), so the answer only has to fill them. A file of its own: the preparation
 * happens once per page, and every test file runs in a page of its own.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { scratchDocuments } from '../support/scratch-documents.js';
import type { CreateTotpResponse } from '../../src/api/index.js';
import { heldCreate } from '../support/held.js';
import type { TotpCreatedEvent } from '../../src/index.js';
import { displayedSecret, enrollElement, qrImage, recordEvents, startButton, waitForState } from './harness.js';

describe('the steps prepared ahead', () => {
  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  it('are rendered while Create is pending, into a document with no browsing context: nothing reaches the element or the page', async () => {
    const scratch = scratchDocuments(sandbox);
    const create = heldCreate();
    const recorder = recordEvents();
    try {
      const el = await enrollElement(html`<totp-enroll expiration-minutes="60" .client=${create.client}></totp-enroll>`);
      startButton(el).click();
      await waitUntil(() => scratch[0]?.querySelectorAll('#step-heading').length === 3,
        'Scan, Confirm and the recovery codes rendered ahead while Create is pending', { timeout: 5_000 });
      expect(el.state).to.equal('creating');
      expect(Boolean(el.shadowRoot!.querySelector('.qr-waiting')), 'the element shows Scan, waiting for its QR').to.equal(true);
      expect(scratch[0]!.body.innerHTML).to.contain('xxxx-xxxx-xxxx');
      expect(document.body.innerHTML).not.to.contain('xxxx-xxxx-xxxx');
      expect(el.shadowRoot!.innerHTML).not.to.contain('xxxx-xxxx-xxxx');

      create.release();
      await waitForState(el, 'created');
      const created = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail as CreateTotpResponse;
      expect(displayedSecret(el).replaceAll(' ', '')).to.equal(created.secret);
      expect(qrImage(el)!.src).to.match(/^data:image\//);
      expect(scratch, 'once per page').to.have.length(1);
    } finally {
      recorder.stop();
      create.release();
    }
  });
});
