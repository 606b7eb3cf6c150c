import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { QR_OPTIONS } from '../../api/qr-options.js';

/** The 30-second, 6-digit, SHA-1 TOTP every authenticator app understands. */
const PERIOD_SECONDS = 30;

function totpFor(secret: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
}

/** A fresh 160-bit secret (the size RFC 4226 recommends), base32-encoded: 32 characters. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The URI as a PNG data URL, drawn as the element draws its own QR codes. */
export function qrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { ...QR_OPTIONS, type: 'image/png' });
}

/**
 * The absolute time step `code` belongs to when checked at `timestamp`, allowing one
 * step of clock drift either way; null when it matches none. The step, not just a
 * yes/no, is what replay protection needs.
 */
export function matchingTimeStep(secret: string, code: string, timestamp: number): number | null {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp, window: 1 });
  return delta === null ? null : totp.counter({ timestamp }) + delta;
}
