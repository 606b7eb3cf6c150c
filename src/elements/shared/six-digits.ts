import { asciiDigits } from './ascii-digits.js';

/**
 * What the user typed or pasted, as the six ASCII digits it holds: `123456`, `123 456`, `123-456`,
 * pasted text with spaces or line breaks, and `١٢٣٤٥٦` from an Arabic keyboard (or `۱۲۳۴۵۶` from a
 * Persian one) all give `123456`; anything else `null`.
 */
export function sixDigits(raw: string): string | null {
  const code = asciiDigits(raw).replace(/[\s\u00a0\-–]/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}
