// The benchmark's in-page side (see scripts/bench.mjs): the standalone bundle and the local
// backend both run in this page, so no timing includes the network. Node drives `window.bench`.
import '/dist/totp-enroll.bundle.js';
// The standalone bundle exports no clients (they load with the flow): take the package's module.
import { HttpTotpApi } from '/dist/api/http-client.js';
import { createStytchBackend } from '/bench/backend.js';

// The page enrols without logging in: the demo user stands in for a signed-in one.
const backend = createStytchBackend({ demoUser: true });
/** The element's real HTTP client, with the backend's fetch handler standing in for the network. */
const http = new HttpTotpApi({ fetch: (url, init) => backend.fetch(new Request(url, init)) });

/** Resolves once the frame showing the current DOM has been painted. */
function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));
}

const startButton = (el) => el.shadowRoot.querySelector('button[part~="start-button"]');

/** Clicks "Set up" and waits for the QR image to be decoded and painted. */
async function activate(el) {
  const created = new Promise((resolve) => el.addEventListener('totp-created', resolve, { once: true }));
  const start = performance.now();
  startButton(el).click();
  await created;
  await el.updateComplete;
  const img = el.shadowRoot.querySelector('img[part~="qr-image"]');
  await img.decode();
  const rendered = performance.now();
  return { start, rendered, painted: await afterPaint() };
}

/** Resolves once `el` leaves its `checking` state (it asks who the user is on connect). */
async function known(el) {
  while (el.state === 'checking') await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

async function mounted(client) {
  const el = document.createElement('totp-enroll');
  el.client = client;
  document.body.append(el);
  await known(el);
  await afterPaint();
  return el;
}

/**
 * `runs` times, an enrolled user: connect → "Authenticator app is on" rendered and painted (the
 * user from the client's cache, as the Stytch SDK adapter answers it; the "on" state's chunk loaded
 * once, in the warm-up).
 */
async function onState(runs) {
  const user = { user_id: 'user-bench', totps: [{ totp_id: 'totp-bench', verified: true, created_at: new Date().toISOString() }] };
  const client = {
    create: (params, options) => http.create(params, options),
    authenticate: (params, options) => http.authenticate(params, options),
    getUser: async () => user,
  };
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const el = document.createElement('totp-enroll');
    el.client = client;
    // The element reflects `step="on"` right after rendering the "on" state: no frame of polling in the figure.
    const on = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (el.getAttribute('step') !== 'on') return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(el, { attributes: true, attributeFilter: ['step'] });
    });
    const start = performance.now();
    document.body.append(el);
    const rendered = (await on) - start;
    samples.push({ rendered, painted: (await afterPaint()) - start });
    el.remove();
  }
  return samples;
}

/**
 * `runs` setups, each on a fresh element: activation → QR painted, and response → QR painted.
 * `drawQr`: drop the backend's QR image so the element draws its own (the lazy qrcode chunk).
 */
async function activation(runs, { drawQr = false } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    let responded = 0;
    const el = await mounted({
      async create(params, options) {
        const created = await http.create(params, options);
        responded = performance.now();
        return drawQr ? { ...created, qr_code: '' } : created;
      },
      authenticate: (params, options) => http.authenticate(params, options),
    });
    const { start, rendered, painted } = await activate(el);
    samples.push({ total: painted - start, backend: responded - start, rendered: rendered - responded, render: painted - responded });
    el.remove();
  }
  return samples;
}

/** `runs` times: 100 elements created at once with the element defined: time to render them all. */
async function create100(runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const box = document.body.appendChild(document.createElement('div'));
    const start = performance.now();
    box.innerHTML = '<totp-enroll></totp-enroll>'.repeat(100);
    await Promise.all([...box.children].map((el) => el.updateComplete));
    const rendered = performance.now() - start;
    samples.push({ rendered, painted: (await afterPaint()) - start });
    box.remove();
  }
  return samples;
}

/** A Create response fetched once, handed out again for every cycle: only the element is measured. */
let prefetched;
async function cycles(count) {
  prefetched ??= await http.create({ expiration_minutes: 10 });
  const client = {
    create: async () => structuredClone(prefetched),
    authenticate: (params, options) => http.authenticate(params, options),
  };
  for (let i = 0; i < count; i++) {
    const el = await mounted(client);
    await activate(el);
    el.remove();
  }
  // Let callbacks still queued for the last element (a frame, the live region's update) run.
  await afterPaint();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return document.querySelectorAll('totp-enroll').length;
}

window.bench = { activation, create100, cycles, onState, ready: true };
