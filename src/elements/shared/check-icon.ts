import { svg } from 'lit';
import { icon } from './icons.js';

/** The success screens' check mark (both elements'; only their lazy chunks load it). */
export const checkIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="m8 12 3 3 5-6"/>`);
