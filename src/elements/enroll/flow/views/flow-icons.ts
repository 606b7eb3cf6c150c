import { svg } from 'lit';
import { icon } from '../../../shared/icons.js';

/** Enrollment's own icons: copy, download, print, and the clock of an expired setup. */
export const copyIcon = icon(svg`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h8"/>`);
export const clockIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 7v5l3 2"/>`);
export const downloadIcon = icon(svg`<path d="M12 4v11"/><path d="m7 10 5 5 5-5"/><path d="M5 20h14"/>`);
export const printIcon = icon(svg`<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M7 14h10v7H7z"/>`);
