/*
 * The framework apps in the browser: each test loads one app as its framework's compiler built
 * it (scripts/build-frameworks.mjs → tmp/frameworks/<name>/app.js), mounts it, and drives the
 * element inside it against the local backend the test runner mounts at /sdk/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { TotpCreatedEvent, TotpEnroll, UserChangeEvent } from 'totp-enroll';
import type { MountApp, RecordingClient } from './shared/recording-client.js';

export type Framework = 'vue' | 'svelte' | 'react' | 'angular';

async function loadApp(framework: Framework): Promise<MountApp> {
  const url = `/tmp/frameworks/${framework}/app.js`;
  try {
    return ((await import(url)) as { mount: MountApp }).mount;
  } catch (error) {
    throw new Error(`${url} did not load: build the apps first (node scripts/build-frameworks.mjs). ${error}`);
  }
}

const output = (target: HTMLElement, name: string) =>
  target.querySelector<HTMLOutputElement>(`output[data-test="${name}"]`)!.textContent!.trim();

const shadow = (el: TotpEnroll, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

export function describeFrameworkApp(framework: Framework): void {
  describe(`<totp-enroll> in a ${framework} app`, () => {
    let target: HTMLElement;
    let app: { client: RecordingClient; unmount: () => void } | undefined;

    beforeEach(() => {
      target = document.body.appendChild(document.createElement('div'));
    });
    afterEach(() => {
      app?.unmount();
      app = undefined;
      target.remove();
    });

    it('takes expiration-minutes (as an attribute, or a property through the React wrapper) and client as a property', async () => {
      app = await (await loadApp(framework))(target);
      const el = target.querySelector('totp-enroll')!;
      await el.updateComplete;
      expect(el).to.be.instanceOf(customElements.get('totp-enroll')!);
      if (framework === 'react') expect(el.expirationMinutes).to.equal(10);
      else expect(el.getAttribute('expiration-minutes')).to.equal('10');
      expect(el.client).to.equal(app.client);
      expect(el.hasAttribute('client'), 'client must not be stringified into an attribute').to.equal(false);
    });

    it('creates over HTTP through the client and shows totp-created and user-change in the app', async () => {
      app = await (await loadApp(framework))(target);
      const el = target.querySelector('totp-enroll')!;
      await el.updateComplete;
      const seen: { created?: TotpCreatedEvent; user?: UserChangeEvent } = {};
      target.addEventListener('totp-created', (event) => { seen.created = event; });
      target.addEventListener('user-change', (event) => { seen.user = event; });
      // "Set up" is inert until the element knows the user has no app yet (state `checking` → `idle`).
      await waitUntil(() => el.state === 'idle', 'the element never knew the user', { timeout: 10_000 });

      shadow(el, 'button[part~="start-button"]')!.click();
      await waitUntil(() => output(target, 'created') && output(target, 'user'), 'the app never showed the events', { timeout: 10_000 });

      expect(app.client.creates).to.deep.equal([{ expiration_minutes: 10 }]);
      expect(output(target, 'created')).to.equal(seen.created!.detail.totp_id);
      expect(output(target, 'user')).to.equal(seen.user!.detail.user!.user_id);
      const qr = shadow(el, 'img[part~="qr-image"]') as HTMLImageElement;
      await qr.decode();
      expect(qr.naturalWidth).to.be.greaterThan(0);
      expect(el.state).to.equal('created');
    });
  });
}
