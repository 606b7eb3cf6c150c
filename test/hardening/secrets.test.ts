/*
 * Item 6: the TOTP secret and the recovery codes go to the shadow DOM and the totp-created
 * event only: never an attribute, the light DOM, the console or any browser storage, and
 * not even the shadow DOM once the element is gone. Plus the clipboard fallbacks.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { TotpCreatedEvent, type CreateTotpResponse, type TotpEnroll, type TotpFinishedEvent } from '../../src/index.js';
import { currentCode, wrongCode } from '../support/backend.js';
import { browserStorageText } from '../support/storage-scan.js';
import {
  $, announcement, clearStytchCookies, confirmCode, displayedRecoveryCodes, displayedSecret, enrollElement, openManualEntry, partButton, press,
  recordEvents, selectedText, submitCode, tickSaved, waitForState,
} from '../enroll/harness.js';
import { freshUserClient } from './harness.js';
import { nextCode } from '../challenge/harness.js';
import { errorText as errorTextOf } from '../support/element-harness.js';
import { choose, enterStepUpCode, managedElement, oneFactorUser, waitForScreen } from '../enroll/enrolled-harness.js';

type ConsoleMethod = keyof Console;

/** Records every console call (all methods), still printing it. */
function captureConsole(): { text(): string; restore(): void } {
  const calls: unknown[][] = [];
  const spies = (Object.keys(console) as ConsoleMethod[])
    .filter((method) => typeof console[method] === 'function')
    .map((method) => sinon.stub(console, method).callsFake((...args: unknown[]) => { calls.push(args); }));
  const show = (value: unknown): string => {
    if (value instanceof Error) return `${value.message} ${value.stack}`;
    try { return typeof value === 'string' ? value : `${String(value)} ${JSON.stringify(value)}`; } catch { return String(value); }
  };
  return {
    text: () => calls.map((args) => args.map(show).join(' ')).join('\n'),
    restore: () => { for (const spy of spies) spy.restore(); },
  };
}

/** Every form in which a secret could leak: the key raw and grouped, each recovery code. */
function secretsOf(created: CreateTotpResponse): string[] {
  return [created.secret, created.secret.match(/.{1,4}/g)!.join(' '), ...created.recovery_codes];
}

function lightDomAttributes(): string {
  return [...document.querySelectorAll('*')]
    .flatMap((node) => node.getAttributeNames().map((name) => `${name}=${node.getAttribute(name)}`))
    .join('\n');
}

async function expectNowhere(secrets: string[], consoleText: string, where: string): Promise<void> {
  const places: Record<string, string> = {
    attributes: lightDomAttributes(),
    'light DOM': document.documentElement.outerHTML,
    console: consoleText,
    storage: await browserStorageText(),
  };
  for (const [place, text] of Object.entries(places)) {
    for (const secret of secrets) expect(text.includes(secret), `${where}: a secret in ${place}`).to.equal(false);
  }
}

describe('hardening: secret hygiene', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => recorder.stop());

  it('the detectors work: a planted value is found in console, storage and IndexedDB', async () => {
    const planted = `PLANTED${Date.now()}`;
    const capture = captureConsole();
    try {
      console.debug({ nested: [planted] });
    } finally {
      capture.restore();
    }
    expect(capture.text()).to.contain(planted);
    sessionStorage.setItem('k', planted);
    expect(await browserStorageText()).to.contain(planted);
    sessionStorage.removeItem('k');
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('hardening-canary');
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise((resolve) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put({ v: planted }, 'k'); tx.oncomplete = resolve; });
    db.close();
    expect(await browserStorageText()).to.contain(planted);
    await new Promise((resolve) => { indexedDB.deleteDatabase('hardening-canary').onsuccess = resolve; });
    expect(await browserStorageText()).not.to.contain(planted);
  });

  for (const mode of ['backend QR', 'qr-canvas'] as const) {
    it(`after a full flow (${mode}) and after disconnect, the secret and codes are nowhere but the shadow DOM`, async () => {
      const capture = captureConsole();
      try {
        const { api } = await freshUserClient();
        const el = await enrollElement(mode === 'qr-canvas' ? html`<totp-enroll qr-canvas></totp-enroll>` : undefined);
        el.client = api;
        await el.start();
        await waitForState(el, 'created');
        const created = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail;
        const secrets = secretsOf(created);
        await expectNowhere(secrets, capture.text(), 'created');
        // A wrong code first (an error path), then the right one.
        await submitCode(el, wrongCode(created.secret));
        await waitForState(el, 'created');
        await submitCode(el, currentCode(created.secret));
        await waitForState(el, 'verified');
        await expectNowhere(secrets, capture.text(), 'verified');
        el.remove();
        await el.updateComplete;
        for (const secret of secrets) expect(el.shadowRoot!.innerHTML, 'shadow DOM after disconnect').not.to.contain(secret);
        expect(el.shadowRoot!.querySelector('canvas, img')).to.equal(null);
        await expectNowhere(secrets, capture.text(), 'disconnected');
      } finally {
        capture.restore();
      }
    });
  }

  it('viewed recovery codes (after a step-up code) are nowhere but the shadow DOM, and gone from it after Done and after disconnect', async () => {
    const capture = captureConsole();
    try {
      const user = await oneFactorUser();
      const el = await managedElement();
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      const stepUpCode = nextCode(user.secret);
      await enterStepUpCode(el, wrongCode(user.secret));
      await waitUntil(() => errorTextOf(el) !== '', 'the wrong-code message');
      await enterStepUpCode(el, stepUpCode);
      await waitForScreen(el, 'recovery-codes');
      const secrets = [...user.recovery_codes, user.secret, stepUpCode];
      expect(el.shadowRoot!.innerHTML).to.contain(user.recovery_codes[0]);
      await expectNowhere(secrets, capture.text(), 'codes shown');
      for (const event of recorder.events) expect(JSON.stringify((event as CustomEvent).detail ?? {})).not.to.contain(stepUpCode);
      await choose(el, 'done-button');
      for (const secret of user.recovery_codes) expect(el.shadowRoot!.innerHTML, 'shadow DOM after Done').not.to.contain(secret);
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'recovery-codes');
      el.remove();
      await el.updateComplete;
      for (const secret of user.recovery_codes) expect(el.shadowRoot!.innerHTML, 'shadow DOM after disconnect').not.to.contain(secret);
      await expectNowhere(secrets, capture.text(), 'disconnected');
    } finally {
      capture.restore();
      clearStytchCookies();
    }
  });

  it('reset() forgets the registration, and the drawn QR canvas is blanked', async () => {
    const el = await enrollElement(html`<totp-enroll qr-canvas></totp-enroll>`);
    await el.start();
    await waitForState(el, 'created');
    const canvas = $(el, 'canvas[part~="qr-image"]') as HTMLCanvasElement;
    expect(canvas.width).to.be.greaterThan(0);
    el.reset();
    await el.updateComplete;
    expect(canvas.width).to.equal(0);
    expect(displayedSecret(el)).to.equal('');
  });

  describe('clipboard refusals', () => {
    const sandbox = sinon.createSandbox();
    let el: TotpEnroll;
    beforeEach(async () => {
      el = await enrollElement();
      await el.start();
      await waitForState(el, 'created');
    });
    afterEach(() => sandbox.restore());

    for (const [label, refuse] of [
      ['NotAllowedError (Safari, or no permission)', () => sandbox.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Denied', 'NotAllowedError'))],
      ['no Clipboard API (insecure context)', () => sandbox.stub(navigator, 'clipboard').value(undefined)],
    ] as const) {
      it(`${label}: "Copy all" selects every code, and only the codes, and says how to copy`, async () => {
        await confirmCode(el);
        refuse();
        await press(el, 'copy-all');
        await waitUntil(() => !!$(el, '[part~="copy-hint"]'), 'the hint shows');
        expect(selectedText(el).trim().split(/\s+/)).to.deep.equal(displayedRecoveryCodes(el));
        await waitUntil(() => announcement(el).includes('Ctrl+C'), 'announced how to copy');
      });

      it(`${label}: a refused "Copy all" does not count as saved: Finish stays disabled, and saved_by is never 'copied'`, async () => {
        const recorder = recordEvents();
        try {
          await confirmCode(el);
          refuse();
          await press(el, 'copy-all');
          await waitUntil(() => !!$(el, '[part~="copy-hint"]'), 'the hint shows');
          await el.updateComplete;
          // The codes are only selected: the user may leave without ever pressing Ctrl+C.
          expect(partButton(el, 'finish-button').disabled, 'Finish after a refused copy').to.equal(true);
          await press(el, 'finish-button');
          expect(recorder.of('totp-finished'), 'a click on the disabled Finish').to.deep.equal([]);
          await tickSaved(el);
          await press(el, 'finish-button');
          const finished = recorder.of('totp-finished') as TotpFinishedEvent[];
          expect(finished.map((event) => event.detail.saved_by)).to.deep.equal(['confirmed']);
        } finally {
          recorder.stop();
        }
      });

      it(`${label}: Copy key selects the visible key only`, async () => {
        await openManualEntry(el);
        refuse();
        await press(el, 'copy-secret');
        await waitUntil(() => !!$(el, '[part~="copy-hint"]'), 'the hint shows');
        expect(selectedText(el).replace(/\s/g, '')).to.equal(displayedSecret(el).replace(/\s/g, ''));
        expect($(el, '[part~="copy-hint"]')!.textContent).to.contain('Ctrl+C');
      });
    }
  });
});
