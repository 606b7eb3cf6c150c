/*
 * With the default backend (the page's own origin, the session in its cookie), <totp-enroll> asks
 * who the user is as it connects, beside the flow's chunk rather than after it: "Set up" (or the
 * "on" state) waits for both, and on a slow phone one round trip after the other was the longest
 * wait of the page (issue 21). The chunk's loader is held back by the test; the request is
 * counted at the page's fetch, and the answer comes from the real local backend.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TotpEnroll } from '../../src/index.js';
import { flowModule } from '../../src/elements/enroll/flow-module.js';
import { PUBLIC_TOKEN } from '../support/backend.js';
import { clearStytchCookies, mountElement } from '../support/element-harness.js';
import { holdChunk } from '../support/held.js';
import { oneFactorUser } from './enrolled-harness.js';

describe('<totp-enroll> asks who the user is as it connects (default backend)', () => {
  let fetchSpy: sinon.SinonSpy;
  const lookups = (): RequestInit[] => fetchSpy.getCalls()
    .filter((call) => new URL(String(call.args[0]), location.href).pathname === '/sdk/v1/users/me')
    .map((call) => call.args[1] as RequestInit);

  beforeEach(async () => {
    clearStytchCookies();
    await oneFactorUser();
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => {
    sinon.restore();
    clearStytchCookies();
  });

  it('users/me leaves before the flow\'s chunk has come, once; its answer shows the enrolled user\'s "on" state', async () => {
    const chunk = holdChunk(flowModule);
    const el = await mountElement<TotpEnroll>('totp-enroll', html`<totp-enroll></totp-enroll>`);
    await waitUntil(() => lookups().length === 1, 'the lookup waits for the chunk');
    const [init] = lookups() as [RequestInit];
    expect(init.method).to.equal('GET');
    expect(init.credentials).to.equal('include');
    expect(new Headers(init.headers).has('Authorization'), 'cookies alone carry the session').to.equal(false);
    expect(el.state).to.equal('checking');
    chunk.release();
    await waitUntil(() => el.state === 'enrolled', `ended ${el.state}`, { timeout: 10_000 });
    expect(lookups(), 'the chunk\'s client reads that request\'s answer, not a second one').to.have.length(1);
  });

  it('a disconnection while the chunk loads cancels it', async () => {
    const chunk = holdChunk(flowModule);
    const el = await mountElement<TotpEnroll>('totp-enroll', html`<totp-enroll></totp-enroll>`);
    await waitUntil(() => lookups().length === 1, 'the lookup waits for the chunk');
    el.remove();
    expect(lookups()[0]!.signal?.aborted).to.equal(true);
    chunk.release();
  });

  it('a client set just after the element is inserted (as React, Angular and Vue set properties): no early lookup', async () => {
    const chunk = holdChunk(flowModule);
    const el = document.createElement('totp-enroll') as TotpEnroll;
    document.body.append(el);
    try {
      el.client = { create: () => Promise.reject(new Error('unused')), authenticate: () => Promise.reject(new Error('unused')) };
      await el.updateComplete;
      chunk.release();
      await waitUntil(() => el.state === 'idle', `ended ${el.state}`, { timeout: 10_000 });
      expect(lookups(), 'the page\'s client is asked, not the page\'s origin').to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('with public-token, nothing leaves before the chunk: its client asks, with the SDK\'s Authorization', async () => {
    const chunk = holdChunk(flowModule);
    const el = await mountElement<TotpEnroll>('totp-enroll', html`<totp-enroll public-token=${PUBLIC_TOKEN}></totp-enroll>`);
    await el.updateComplete;
    expect(lookups()).to.deep.equal([]);
    chunk.release();
    await waitUntil(() => el.state === 'enrolled', `ended ${el.state}`, { timeout: 10_000 });
    expect(lookups()).to.have.length(1);
    expect(new Headers(lookups()[0]!.headers).has('Authorization')).to.equal(true);
  });
});
