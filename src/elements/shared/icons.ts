import { svg } from 'lit';

/* Decorative icons: aria-hidden, their button or message carries the words. */
const icon = (body: ReturnType<typeof svg>) => svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"
  fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const copyIcon = icon(svg`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h8"/>`);
export const checkIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="m8 12 3 3 5-6"/>`);
export const errorIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 7v6"/><path d="M12 17h.01"/>`);
export const clockIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 7v5l3 2"/>`);
export const downloadIcon = icon(svg`<path d="M12 4v11"/><path d="m7 10 5 5 5-5"/><path d="M5 20h14"/>`);
export const printIcon = icon(svg`<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M7 14h10v7H7z"/>`);
