/**
 * The Key URI Format understood by authenticator apps:
 * `otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
 * Built by hand rather than with `otpauth`, which would add ~10 KB to the element for one string.
 * The element draws its QR code from this same URI, so the QR and the "Open in app" link
 * always name the same issuer and account; the local backend can build its `qr_code` from it too.
 */
export function otpauthUri({ secret, issuer, accountName }: { secret: string; issuer: string; accountName: string }): string {
  // Apps split the label at its first colon (encoded or not), so a colon inside the issuer would
  // move the rest of it into the account; the `issuer` parameter still carries it exactly.
  const label = issuer ? `${encodeURIComponent(issuer.replaceAll(':', ''))}:${encodeURIComponent(accountName)}` : encodeURIComponent(accountName);
  // Percent-encoding (RFC 3986) rather than URLSearchParams: its `+` for a space is form encoding,
  // which apps that decode with decodeURIComponent show as a literal "+" ("Acme+Shop").
  const params: [string, string][] = [['secret', secret], ['algorithm', 'SHA1'], ['digits', '6'], ['period', '30']];
  if (issuer) params.push(['issuer', issuer]);
  return `otpauth://totp/${label}?${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
}
