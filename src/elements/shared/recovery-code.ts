import { asciiDigits } from './ascii-digits.js';

/** Stytch's recovery codes (and the local backend's): three groups of four, `xxxx-xxxx-xxxx`. */
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A recovery code as the user typed or pasted it, in the one shape the backend compares:
 * lower case, `xxxx-xxxx-xxxx`. Case, spaces and dashes (any kind, or none) are how people copy a
 * code down, not part of it, so `SGZE CF5U VM2G` and `sgzecf5uvm2g` are the same code; a digit typed
 * on an Arabic or Persian keyboard (`٥`, `۵`) is the code's `5`. `null` when it cannot be one (not 12
 * letters and digits): such an entry is never sent, so a slip of the finger never counts towards the lockout.
 */
export function recoveryCodeOf(raw: string): string | null {
  const symbols = asciiDigits(raw).replace(/[\s\u00a0\-‐‑‒–—−_.]/g, '').toLowerCase();
  if (!new RegExp(`^[a-z0-9]{${GROUPS * GROUP_LENGTH}}$`).test(symbols)) return null;
  return symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}
