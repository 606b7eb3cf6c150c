/**
 * A recovery code as the user typed or pasted it, in the form the backend compares: spaces
 * dropped, lower case (Stytch's codes are `xxxx-xxxx-xxxx`, lower-case letters and digits).
 * `null` when it cannot be one: empty, or other characters than letters, digits and dashes.
 */
export function recoveryCodeOf(raw: string): string | null {
  const code = raw.replace(/[\s\u00a0]/g, '').replace(/[–—]/g, '-').toLowerCase();
  return /^[a-z0-9][a-z0-9-]{3,63}$/.test(code) ? code : null;
}
