/**
 * The Key URI Format understood by authenticator apps:
 * `otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
 * Built by hand rather than with `otpauth`, which would add ~10 KB to the element for one string.
 * The element draws its QR code from this same URI, so the QR and the "Open in app" link
 * always name the same issuer and account; the local backend can build its `qr_code` from it too.
 */
export function otpauthUri({ secret, issuer, accountName }: { secret: string; issuer: string; accountName: string }): string {
  const label = issuer ? `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}` : encodeURIComponent(accountName);
  const params = new URLSearchParams({ secret, algorithm: 'SHA1', digits: '6', period: '30' });
  if (issuer) params.set('issuer', issuer);
  return `otpauth://totp/${label}?${params}`;
}
