/* The event log (a collapsed section): what each event carries, with secrets masked so the page never shows them. */

export const EVENTS = [
  'totp-created', 'user-change', 'totp-verified', 'totp-error', 'totp-finished', 'totp-removed', 'totp-step-up', 'totp-authenticated',
] as const;

function mask(key: string, value: unknown): unknown {
  if (key === 'secret' || key === 'session_token' || key === 'session_jwt') return '••••••';
  if (key === 'recovery_codes' && Array.isArray(value)) return `[${value.length} codes]`;
  if (key === 'qr_code' && typeof value === 'string') return `${value.slice(0, 30)}…`;
  if (key === 'error' && value instanceof Error) return { ...value, name: value.name, message: value.message };
  return value;
}

export function eventLog(list: HTMLOListElement, clear: HTMLButtonElement) {
  clear.addEventListener('click', () => list.replaceChildren());
  return {
    /** Logs every element event of `element`, labelled with its id. */
    watch(element: HTMLElement) {
      for (const type of EVENTS) element.addEventListener(type, (event) => this.record(element.id, event));
    },
    record(source: string, event: Event) {
      // Each entry opens to its detail: a user object alone is a screenful on a phone.
      const item = document.createElement('li');
      const entry = document.createElement('details');
      const title = document.createElement('summary');
      title.textContent = `${new Date().toLocaleTimeString()} · #${source} · ${event.type}`;
      const detail = document.createElement('pre');
      detail.textContent = JSON.stringify((event as Event & { detail?: unknown }).detail, mask, 2);
      entry.append(title, detail);
      item.append(entry);
      list.prepend(item);
    },
  };
}

export type EventLog = ReturnType<typeof eventLog>;
