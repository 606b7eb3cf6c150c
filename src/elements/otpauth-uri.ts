/**
 * The Key URI Format understood by authenticator apps:
 * `otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
 * Built by hand rather than with `otpauth`, which would add ~10 KB to the element for one string.
 */
export function otpauthUri({ secret, issuer, accountName }: { secret: string; issuer: string; accountName: string }): string {
  const label = issuer ? `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}` : encodeURIComponent(accountName);
  const params = new URLSearchParams({ secret, algorithm: 'SHA1', digits: '6', period: '30' });
  if (issuer) params.set('issuer', issuer);
  return `otpauth://totp/${label}?${params}`;
}

/** Renders `uri` as an SVG QR code data URL, loading `qrcode` only when first needed. */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const module = await import('qrcode');
  // CommonJS interop differs between bundlers: the API is the default export or the namespace.
  const QRCode = (module.default ?? module) as typeof module.default;
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Draws `uri` as a QR code on a new `<canvas>` (role `img`, labelled `label`), for pages whose
 * CSP forbids `data:` images. `qrcode` sizes the canvas through CSSOM, which CSP allows.
 */
export async function drawQrCode(uri: string, label: string): Promise<HTMLCanvasElement> {
  const module = await import('qrcode');
  const QRCode = (module.default ?? module) as typeof module.default;
  const canvas = document.createElement('canvas');
  await QRCode.toCanvas(canvas, uri, { width: 184, margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  canvas.setAttribute('part', 'qr-image');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  return canvas;
}
