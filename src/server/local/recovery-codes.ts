/**
 * Lower-case letters and digits as Stytch's codes are, without the look-alikes 0/o and 1/l/i,
 * so a code copied down by hand reads back right (12 symbols of 31: ~59 bits each).
 */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** The largest multiple of the alphabet's size that fits in a byte: larger bytes are redrawn so every symbol is equally likely. */
const UNBIASED_BYTE_LIMIT = 256 - (256 % ALPHABET.length);
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** `count` distinct single-use codes shaped `xxxx-xxxx-xxxx` (lower-case letters and digits, no look-alikes). */
export function generateRecoveryCodes(count = 10): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomCode());
  return [...codes];
}

const GROUP = new RegExp(`.{${GROUP_LENGTH}}`, 'g');

function randomCode(): string {
  return randomSymbols(GROUPS * GROUP_LENGTH).match(GROUP)!.join('-');
}

function randomSymbols(length: number): string {
  let result = '';
  while (result.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte >= UNBIASED_BYTE_LIMIT) continue;
      result += ALPHABET[byte % ALPHABET.length];
      if (result.length === length) break;
    }
  }
  return result;
}
