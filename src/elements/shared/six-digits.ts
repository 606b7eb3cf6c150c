/**
 * What the user typed or pasted, as the six digits it holds: `123456`, `123 456`, `123-456`
 * and pasted text with spaces or line breaks all give `123456`; anything else `null`.
 */
export function sixDigits(raw: string): string | null {
  const code = raw.replace(/[\s\u00a0\-–]/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}
