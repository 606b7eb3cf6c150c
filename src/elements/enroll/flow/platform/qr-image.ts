/** Drawing a QR code in the browser: `qrcode` loads only when first needed, in its own chunk. */
import { QR_OPTIONS } from '../../../../api/qr-options.js';

async function qrcode() {
  const module = await import('qrcode');
  // CommonJS interop differs between bundlers: the API is the default export or the namespace.
  return (module.default ?? module) as typeof module.default;
}

/**
 * Starts loading `qrcode` now, for a QR the element will draw: called as the Create request leaves,
 * so the chunk arrives alongside the answer instead of a round trip after it. A failure shows
 * when the QR is drawn.
 */
export function preloadQrcode(): void {
  qrcode().catch(() => {});
}

/** `text` as an SVG QR code `data:` URL (the local backend's `qr_code` is a PNG one). */
export async function qrSvgDataUrl(text: string): Promise<string> {
  const svg = await (await qrcode()).toString(text, { ...QR_OPTIONS, type: 'svg' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * `text` as a QR code on a new `<canvas>` (role `img`, labelled `label`), for pages whose CSP
 * forbids `data:` images. `qrcode` sizes the canvas through CSSOM, which CSP allows.
 */
export async function drawQrCode(text: string, label: string): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  await (await qrcode()).toCanvas(canvas, text, { ...QR_OPTIONS, width: 184 });
  canvas.setAttribute('part', 'qr-image');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  return canvas;
}
