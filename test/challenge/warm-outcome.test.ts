/*
 * The signed-in screen is prepared while the check is on the network (shared/warm-templates.ts), so
 * the answer only has to fill it. A file of its own: the preparation happens once per page, and
 * every test file runs in a page of its own.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { scratchDocuments } from '../support/scratch-documents.js';
import type { TotpApi } from '../../src/challenge.js';
import { challengeElement, resultHeading, typeCode, waitForState } from './harness.js';

const session = { request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' }, session_token: 'x', session_jwt: 'y' };

describe('<totp-challenge> signed-in screen prepared ahead', () => {
  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  it('is rendered while the check is pending, into a scratch document: nothing reaches the element', async () => {
    const scratch = scratchDocuments(sandbox);
    let answer!: () => void;
    const held = new Promise<void>((resolve) => { answer = resolve; });
    const el = await challengeElement(html`<totp-challenge></totp-challenge>`);
    el.client = {
      create: () => Promise.reject(new Error('unused')),
      authenticate: async () => { await held; return session; },
    } as TotpApi;
    try {
      await typeCode(el, '123456');
      await waitUntil(() => scratch[0]?.querySelector('#outcome-heading'), 'the signed-in screen rendered ahead while the check is pending', { timeout: 5_000 });
      expect(el.state).to.equal('verifying');
      expect(resultHeading(el), 'the element still shows its form').to.equal(null);

      answer();
      await waitForState(el, 'verified');
      expect(resultHeading(el)!.textContent!.trim()).to.equal('You’re signed in');
      expect(scratch, 'once per page').to.have.length(1);
    } finally {
      answer();
    }
  });
});
