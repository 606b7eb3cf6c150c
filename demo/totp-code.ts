/*
 * The code an authenticator app would show, computed in this tab (RFC 6238: 30 s steps, 6 digits,
 * HMAC-SHA-1, as every app and the local backend use). The setup key is imported once as a
 * non-extractable Web Crypto key and then dropped: no string copy of it stays in the page, and
 * nothing is written to the DOM or to storage. A reload forgets it, as it should.
 */
const PERIOD_SECONDS = 30;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  const bytes = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = BASE32.indexOf(char);
    if (digit < 0) throw new Error('The setup key is not base32');
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return bytes;
}

/** One authenticator entry: the key, held only as a CryptoKey that cannot be read back. */
export interface AppEntry {
  /** The code for the 30-second step at `now` (ms), and the seconds until the next one. */
  codeAt(now: number): Promise<{ code: string; step: number; secondsLeft: number }>;
}

export async function appEntryFor(secret: string): Promise<AppEntry> {
  const key = await crypto.subtle.importKey('raw', base32Bytes(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  return {
    async codeAt(now) {
      const step = Math.floor(now / 1000 / PERIOD_SECONDS);
      const counter = new DataView(new ArrayBuffer(8));
      counter.setUint32(0, Math.floor(step / 2 ** 32));
      counter.setUint32(4, step >>> 0);
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, counter.buffer));
      const offset = mac[mac.length - 1]! & 0x0f;
      const binary = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
      const code = String(binary % 1_000_000).padStart(6, '0');
      return { code, step, secondsLeft: PERIOD_SECONDS - (Math.floor(now / 1000) % PERIOD_SECONDS) };
    },
  };
}
