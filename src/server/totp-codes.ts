import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

/** The 30-second, 6-digit, SHA-1 TOTP every authenticator app understands. */
const PERIOD_SECONDS = 30;

function totpFor(secret: string, issuer = '', label = ''): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer,
    label,
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

/** The `otpauth://totp/...` URI an authenticator app imports. */
export function otpauthUri(secret: string, issuer: string, accountName: string): string {
  return totpFor(secret, issuer, accountName).toString();
}

/** The URI as a PNG data URL, with the 4-module quiet zone scanners need. */
export function qrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { margin: 4, errorCorrectionLevel: 'M', type: 'image/png' });
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
