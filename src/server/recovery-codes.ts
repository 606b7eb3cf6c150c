const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** The largest multiple of 36 that fits in a byte: bytes at or above it are redrawn so every symbol is equally likely. */
const UNBIASED_BYTE_LIMIT = 252;
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** `count` distinct single-use codes shaped `xxxx-xxxx-xxxx` (lower-case letters and digits). */
export function generateRecoveryCodes(count = 10): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomCode());
  return [...codes];
}

function randomCode(): string {
  const symbols = randomSymbols(GROUPS * GROUP_LENGTH);
  const groups: string[] = [];
  for (let start = 0; start < symbols.length; start += GROUP_LENGTH) {
    groups.push(symbols.slice(start, start + GROUP_LENGTH));
  }
  return groups.join('-');
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
