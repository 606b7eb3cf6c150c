import '../src/index.js';
import { StytchHeadlessClient } from '@stytch/vanilla-js/headless';
import type { TotpEnroll } from '../src/index.js';
// The German example below: a language is one opt-in module.
import '../src/elements/locales/de.js';

const log = document.querySelector<HTMLOListElement>('#log')!;
const EVENTS = ['totp-created', 'user-change', 'totp-verified', 'totp-error', 'totp-finished'] as const;

/** The demo shows what each event carries, with secrets masked so the page never displays them twice. */
function mask(key: string, value: unknown): unknown {
  if (key === 'secret' || key === 'session_token' || key === 'session_jwt') return '••••••';
  if (key === 'recovery_codes' && Array.isArray(value)) return `[${value.length} codes]`;
  if (key === 'qr_code' && typeof value === 'string') return `${value.slice(0, 30)}…`;
  if (key === 'error' && value instanceof Error) return { ...value, name: value.name, message: value.message };
  return value;
}

function record(source: string, event: Event) {
  const item = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = `${new Date().toLocaleTimeString()} · #${source} · ${event.type}`;
  const detail = document.createElement('pre');
  detail.textContent = JSON.stringify((event as Event & { detail?: unknown }).detail, mask, 2);
  item.append(title, detail);
  log.prepend(item);
}

for (const element of document.querySelectorAll<TotpEnroll>('totp-enroll')) {
  for (const type of EVENTS) element.addEventListener(type, (event) => record(element.id, event));
}

// Secrets are masked in the log above; never log a real one in production.
// The second example hands the element a real Stytch SDK client; `endpoints.testAPIURL`
// (honoured by the SDK, absent from its types) points it at this dev server's backend.
const sdkOptions = { endpoints: { testAPIURL: location.origin } } as object;
document.querySelector<TotpEnroll>('#sdk')!.client = new StytchHeadlessClient('public-token-test-local', sdkOptions);

document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());
