import { loadScript } from './load-script.js';

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** Decodes the QR code in an image URL (PNG or SVG data URL) to its text, with jsQR. */
export async function decodeQr(src: string): Promise<string> {
  if (!(globalThis as { jsQR?: JsQr }).jsQR) await loadScript('/node_modules/jsqr/dist/jsQR.js');
  const image = new Image();
  image.src = src;
  await image.decode();
  const canvas = document.createElement('canvas');
  // Scale up: jsQR reads module edges more reliably with several pixels per module.
  canvas.width = image.naturalWidth * 2 || 400;
  canvas.height = image.naturalHeight * 2 || 400;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const result = (globalThis as unknown as { jsQR: JsQr }).jsQR(pixels.data, pixels.width, pixels.height);
  if (!result) throw new Error('no QR code found in the image');
  return result.data;
}
