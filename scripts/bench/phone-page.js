// Injected into every phone-bench page before its own scripts (scripts/bench-phone.mjs): it
// records, in the page's clock (ms from navigation start), when each element becomes usable and
// what a tap costs, so no figure includes the DevTools protocol's own round trips. Node reads
// `window.phone` and calls `window.phone.tap()` / `window.phone.type()`.
(() => {
  // `phoneTapAfter` ('interactive' or null), set by Node in the same injected script: whether to tap as soon as "Set up" works.
  const phone = { marks: {}, errors: [], tapAfter: window.phoneTapAfter };
  window.phone = phone;
  const mark = (name) => {
    phone.marks[name] = performance.now();
    performance.mark(`phone:${name}`); // for the trace of the main-thread figure
  };
  /** Resolves once the frame showing the current DOM has been painted. */
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));
  /** Resolves when `test()` holds, checked on every change of the element's shadow tree (no polling). */
  const when = (el, test) => new Promise((resolve) => {
    const check = () => {
      const value = test();
      if (!value) return false;
      observer.disconnect();
      resolve(value);
      return true;
    };
    const observer = new MutationObserver(check);
    if (check()) return;
    observer.observe(el.shadowRoot ?? el, { subtree: true, childList: true, attributes: true, characterData: true });
    observer.observe(el, { attributes: true });
  });
  const element = (tag) => new Promise((resolve) => {
    customElements.whenDefined(tag).then(() => {
      const el = document.querySelector(tag);
      // The shadow root exists after the first update.
      el.updateComplete.then(() => resolve(el));
    });
  });

  const $ = (el, selector) => el.shadowRoot.querySelector(selector);
  const startButton = (el) => $(el, 'button[part~="start-button"]');

  // <totp-enroll>: interactive = the element knows the user (`checking` → `idle`): "Set up" is inert before.
  element('totp-enroll').then(async (el) => {
    phone.enroll = el;
    await when(el, () => el.state === 'idle' && startButton(el) && !startButton(el).closest('[inert]') && !startButton(el).disabled);
    mark('interactive');
    await afterPaint();
    mark('interactivePainted');
    if (phone.tapAfter === 'interactive') phone.tap();
  });

  /** Clicks "Set up" and marks the QR painted: the image in the tree, decoded, and the next frame drawn. */
  phone.tap = async () => {
    const el = phone.enroll;
    mark('tap');
    startButton(el).click();
    const img = await when(el, () => $(el, 'img[part~="qr-image"]'));
    mark('qrInTree');
    await img.decode().catch((e) => phone.errors.push(`decode: ${e}`));
    mark('qrDecoded');
    await afterPaint();
    mark('qrPainted');
  };

  /** Finishes the enrollment with `code`: Next → the code (it submits itself) → verified. */
  phone.finish = async (code) => {
    const el = phone.enroll;
    if (el.getAttribute('step') === 'scan') {
      $(el, '[part~="next-button"]').click();
      await el.updateComplete;
    }
    const field = await when(el, () => $(el, '#code'));
    field.focus();
    field.value = code;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await when(el, () => el.state === 'verified' || el.state === 'error');
    mark('enrolled');
    return el.state;
  };
  /** The setup key on the Scan step, read as a user would (groups of four). */
  phone.secret = () => [...phone.enroll.shadowRoot.querySelectorAll('[part~="secret"] .secret-row')].map((r) => r.textContent.trim()).join('');

  // <totp-challenge>: interactive = the code field is there and takes input.
  element('totp-challenge').then(async (el) => {
    phone.challenge = el;
    await when(el, () => { const f = $(el, '#code'); return f && !f.disabled && !f.readOnly && !f.closest('[inert]') && el.state === 'ready'; });
    mark('interactive');
    await afterPaint();
    mark('interactivePainted');
  });

  /** Types the six digits (they submit themselves: "Verify") and marks the result painted. */
  phone.verify = async (code) => {
    const el = phone.challenge;
    const field = $(el, '#code');
    field.focus();
    mark('verify');
    field.value = code;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const state = await when(el, () => (el.state !== 'ready' && el.state !== 'verifying' ? el.state : null));
    mark('result');
    await afterPaint();
    mark('resultPainted');
    return state;
  };
  addEventListener('error', (e) => phone.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => phone.errors.push(String(e.reason)));
})();
