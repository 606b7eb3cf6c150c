import { expect, waitUntil } from '@open-wc/testing';
import { describeFrameworkApp } from './harness.js';
import type { MountApp } from './shared/recording-client.js';

describeFrameworkApp('react');

describe('<TotpEnroll> (totp-enroll/react) with a child', () => {
  it('passes <a slot="continue"> through as the element\'s child: hidden until "Done" shows its slot', async () => {
    const { mount } = (await import('/tmp/frameworks/react/app.js' as string)) as { mount: MountApp };
    const target = document.body.appendChild(document.createElement('div'));
    const app = await mount(target);
    try {
      const el = target.querySelector('totp-enroll')!;
      await el.updateComplete;
      const link = el.querySelector(':scope > a[slot="continue"]')!;
      expect(link.textContent).to.equal('Continue');
      expect(link.getClientRects().length, 'not shown before Done').to.equal(0);
    } finally {
      app.unmount();
      target.remove();
    }
  });
});

describe('<TotpEnroll> (totp-enroll/react) hydrating server-rendered HTML', () => {
  it('has the tag before hydration; after it, the client as a property and the events in React state', async () => {
    const { hydrate } = (await import('/tmp/frameworks/react/app.js' as string)) as { hydrate: MountApp };
    const target = document.body.appendChild(document.createElement('div'));
    const app = await hydrate(target);
    try {
      const el = target.querySelector('totp-enroll')!;
      // Before hydration: the server's tag, upgraded, with nothing set yet.
      expect(el.client).to.equal(null);
      await waitUntil(() => el.client === app.client, 'hydration never set client');
      expect(el.expirationMinutes).to.equal(10);

      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="start-button"]')!.click();
      const created = () => target.querySelector('output[data-test="created"]')!.textContent;
      await waitUntil(() => created(), 'totp-created never reached the React handler', { timeout: 10_000 });
      expect(created()).to.match(/^totp-/);
      expect(app.client.creates).to.deep.equal([{ expiration_minutes: 10 }]);
    } finally {
      app.unmount();
      target.remove();
    }
  });
});
