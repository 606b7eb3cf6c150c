import { svg } from 'lit';

/*
 * Decorative icons: aria-hidden, their button or message carries the words. One module per
 * group, as a bundler keeps every icon of a module it imports (each is a call it cannot drop):
 * here the code field's error icon, which `<totp-challenge>`'s first screen needs; the check
 * mark in check-icon.ts; enrollment's own in enroll/flow/views/flow-icons.ts.
 */
export const icon = (body: ReturnType<typeof svg>) => svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"
  fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const errorIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 7v6"/><path d="M12 17h.01"/>`);
