/*
 * Item 4: races. Requests go through a slow, counting pass-through to the real backend, so
 * "exactly one Create per activation" is counted where requests arrive.
 *
 * Semantics under test (documented on TotpEnroll.start): a setup runs with the settings it
 * started with; attribute changes apply to the next start. A disconnect cancels and forgets
 * everything: nothing is rendered or fired afterwards, and a reconnect starts from idle.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { TotpCreatedEvent, TotpVerifiedEvent, type CreateTotpResponse, type TotpApi, type TotpEnroll } from '../../src/index.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { PUBLIC_TOKEN, currentCode, fixtureBase, fixtureHits, newSession, resetDemoUser } from '../support/backend.js';
import {
  $, clearStytchCookies, displayedSecret, enrollElement, goToConfirm, partButton, recordEvents, startButton, submitCode, waitForState,
} from '../enroll/harness.js';

const DELAY = 300;

/** A pass-through to the real backend that holds each request for `DELAY` ms. */
function slowBase(): Promise<string> {
  return fixtureBase({ proxy_after: 0, delay_ms: DELAY });
}

/**
 * A fresh user's client through `base`; with `ignoreAbort`, it answers even after an abort (as an
 * SDK that cannot cancel). `settled()` resolves once every answer it was asked for has come.
 */
async function userClient(base: string, { ignoreAbort = false } = {}): Promise<{ client: TotpApi; user_id: string; settled(): Promise<unknown> }> {
  const { user_id, session_token } = await newSession();
  const api = new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: () => session_token });
  const pending: Promise<unknown>[] = [];
  const track = <T>(answer: Promise<T>) => { pending.push(answer.catch(() => {})); return answer; };
  const client: TotpApi = ignoreAbort
    ? { create: (params) => track(api.create(params)), authenticate: (params) => track(api.authenticate(params)) }
    : { create: (params, options) => track(api.create(params, options)), authenticate: (params, options) => track(api.authenticate(params, options)) };
  return { client, user_id, settled: () => Promise.all(pending) };
}

/** Resolves once `n` requests have reached the fixture at `base` (the request is then in flight). */
function arrived(base: string, n = 1): Promise<void> {
  return waitUntil(async () => (await fixtureHits(base)) >= n, `${n} request(s) at ${base}`, { timeout: 5000, interval: 20 });
}

function secretOf(el: TotpEnroll): string {
  return displayedSecret(el).replace(/ /g, '');
}

describe('hardening: races', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => recorder.stop());

  it('double activation (two clicks, two start() calls in one task) sends one Create', async () => {
    const base = await slowBase();
    const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
    startButton(el).click();
    startButton(el).click();
    void el.start();
    void el.start();
    await waitForState(el, 'created');
    expect(await fixtureHits(base)).to.equal(1);
    expect(recorder.of('totp-created')).to.have.length(1);
  });

  it('activation while a Create is pending is ignored', async () => {
    const base = await slowBase();
    const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
    void el.start();
    await arrived(base);
    expect(el.state).to.equal('creating');
    // The Scan step shows, waiting: its Next is inert, and a second start() does nothing.
    partButton(el, 'next-button').click();
    await el.start();
    expect(el.state).to.equal('creating');
    await waitForState(el, 'created');
    expect(await fixtureHits(base)).to.equal(1);
    expect(recorder.of('totp-created')).to.have.length(1);
  });

  it('attributes changed mid-request apply to the next start; the pending setup keeps its own', async () => {
    const first = await slowBase();
    const second = await fixtureBase({ proxy_after: 0 });
    const el = await enrollElement(html`<totp-enroll api-base=${first} expiration-minutes="60"></totp-enroll>`);
    void el.start();
    await arrived(first);
    el.setAttribute('expiration-minutes', '5');
    el.setAttribute('api-base', second);
    el.setAttribute('timeout-ms', '50'); // shorter than the pending answer's delay: must not cut it off
    await waitForState(el, 'created');
    const secret = secretOf(el);
    await goToConfirm(el);
    expect($(el, '[part~="status"]')!.textContent).to.match(/expires in 60 minutes/);
    // The code is confirmed with the backend that created the registration.
    await submitCode(el, currentCode(secret));
    await waitForState(el, 'verified');
    expect([await fixtureHits(first), await fixtureHits(second)]).to.deep.equal([2, 0]);
    // The next setup uses the new values (a 50 ms budget would make it race the backend on a busy machine).
    el.setAttribute('timeout-ms', '15000');
    // Verified, the user has an app now: the element would show it as on. A new user again, and a reconnect to ask.
    await resetDemoUser();
    const parent = el.parentNode!;
    el.remove();
    parent.appendChild(el);
    await waitUntil(() => el.state === 'idle', 'the element knows the user is new');
    await el.start();
    await waitForState(el, 'created');
    await goToConfirm(el);
    expect($(el, '[part~="status"]')!.textContent).to.match(/expires in 5 minutes/);
    expect([await fixtureHits(first), await fixtureHits(second)]).to.deep.equal([2, 1]);
  });

  it('disconnect and reconnect mid-Create: the request is cancelled, nothing stale renders or fires', async () => {
    const base = await slowBase();
    const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
    const parent = el.parentNode!;
    void el.start();
    await arrived(base);
    el.remove();
    parent.appendChild(el);
    expect(el.state).to.equal('idle');
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(recorder.events).to.have.length(0);
    expect($(el, '[part~="qr-image"]')).to.equal(null);
    expect(await fixtureHits(base)).to.equal(1);
    // The next activation creates exactly once more.
    startButton(el).click();
    await waitForState(el, 'created');
    expect(await fixtureHits(base)).to.equal(2);
    expect(recorder.of('totp-created')).to.have.length(1);
  });

  it('with autostart, a reconnect mid-Create starts over with exactly one new Create', async () => {
    const base = await slowBase();
    const el = await enrollElement(html`<totp-enroll autostart api-base=${base}></totp-enroll>`);
    const parent = el.parentNode!;
    await arrived(base);
    el.remove();
    parent.appendChild(el);
    await waitForState(el, 'created');
    expect(await fixtureHits(base)).to.equal(2);
    expect(recorder.of('totp-created')).to.have.length(1);
  });

  it('no event after disconnect, even when the answer arrives anyway', async () => {
    const base = await slowBase();
    const { client, settled } = await userClient(base, { ignoreAbort: true });
    const el = await enrollElement();
    el.client = client;
    void el.start();
    await arrived(base);
    el.remove();
    await settled(); // the answer arrives anyway
    await el.updateComplete;
    expect(recorder.events).to.have.length(0);
    expect(el.state).to.equal('idle');
    expect(el.shadowRoot!.querySelector('[part~="secret"]')).to.equal(null);
    // A detached element starts nothing.
    await el.start();
    expect(el.state).to.equal('idle');
    expect(await fixtureHits(base)).to.equal(1);
  });

  it('reset then start again while the first answer is late: only the second registration is shown', async () => {
    const slow = await slowBase();
    const fast = await fixtureBase({ proxy_after: 0 });
    const first = await userClient(slow, { ignoreAbort: true });
    const second = await userClient(fast);
    const el = await enrollElement();
    el.client = first.client;
    void el.start();
    await arrived(slow);
    el.reset();
    el.client = second.client;
    await el.start();
    await waitForState(el, 'created');
    const shown = secretOf(el);
    await first.settled(); // the first, late answer arrives
    await el.updateComplete;
    expect(secretOf(el)).to.equal(shown);
    const created = recorder.of('totp-created') as TotpCreatedEvent[];
    expect(created).to.have.length(1);
    expect(created[0]!.detail.user_id).to.equal(second.user_id);
    expect(created[0]!.detail.secret).to.equal(shown);
  });

  for (const ignoreAbort of [false, true]) {
    it(`reset during verification${ignoreAbort ? ' (a client that cannot cancel)' : ''}: no verified state, no event`, async () => {
      const base = await slowBase();
      const { client, settled } = await userClient(base, { ignoreAbort });
      const el = await enrollElement();
      el.client = client;
      await el.start();
      await waitForState(el, 'created');
      const { secret, recovery_codes } = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail;
      await submitCode(el, currentCode(secret));
      expect(el.state).to.equal('verifying');
      el.reset();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      await settled(); // the verification's answer, if the client cannot cancel it
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(recorder.of('totp-verified')).to.have.length(0);
      expect(recorder.of('totp-error')).to.have.length(0);
      expect(el.shadowRoot!.innerHTML).not.to.contain(recovery_codes[0]);
      expect(await fixtureHits(base)).to.equal(2);
    });
  }

  it('two elements on one page, two users: each shows and verifies its own registration', async () => {
    const base = await slowBase();
    const users = await Promise.all([userClient(base), userClient(base)]);
    const [a, b] = await Promise.all([enrollElement(), enrollElement()]);
    a.client = users[0].client;
    b.client = users[1].client;
    const byTarget = (el: TotpEnroll, type: 'totp-created' | 'totp-verified') => recorder.of(type).filter((e) => e.target === el);
    startButton(a).click();
    startButton(b).click();
    await Promise.all([waitForState(a, 'created'), waitForState(b, 'created')]);
    const createdA = (byTarget(a, 'totp-created') as TotpCreatedEvent[]).map((e) => e.detail);
    const createdB = (byTarget(b, 'totp-created') as TotpCreatedEvent[]).map((e) => e.detail);
    expect(createdA).to.have.length(1);
    expect(createdB).to.have.length(1);
    expect(createdA[0]!.user_id).to.equal(users[0].user_id);
    expect(createdB[0]!.user_id).to.equal(users[1].user_id);
    expect(secretOf(a)).to.equal(createdA[0]!.secret);
    expect(secretOf(b)).to.equal(createdB[0]!.secret);
    expect(secretOf(a)).not.to.equal(secretOf(b));
    await Promise.all([submitCode(a, currentCode(secretOf(a))), submitCode(b, currentCode(secretOf(b)))]);
    await Promise.all([waitForState(a, 'verified'), waitForState(b, 'verified')]);
    const verified = (el: TotpEnroll) => (byTarget(el, 'totp-verified') as TotpVerifiedEvent[]).map((e) => e.detail);
    expect(verified(a).map((d) => [d.user_id, d.totp_id])).to.deep.equal([[users[0].user_id, createdA[0]!.totp_id]]);
    expect(verified(b).map((d) => [d.user_id, d.totp_id])).to.deep.equal([[users[1].user_id, createdB[0]!.totp_id]]);
    expect(await fixtureHits(base)).to.equal(4);
  });

  it('a second element is not disturbed when the first is reset or removed', async () => {
    const base = await slowBase();
    const users = await Promise.all([userClient(base), userClient(base)]);
    const [a, b] = await Promise.all([enrollElement(), enrollElement()]);
    a.client = users[0].client;
    b.client = users[1].client;
    void a.start();
    await b.start();
    await waitForState(a, 'created');
    const secretB = secretOf(b);
    a.reset();
    a.remove();
    await b.updateComplete;
    expect(b.state).to.equal('created');
    expect(secretOf(b)).to.equal(secretB);
    await submitCode(b, currentCode(secretB));
    await waitForState(b, 'verified');
    const created: CreateTotpResponse[] = (recorder.of('totp-created') as TotpCreatedEvent[]).map((e) => e.detail);
    expect(created.map((d) => d.user_id).sort()).to.deep.equal([users[0].user_id, users[1].user_id].sort());
  });
});
