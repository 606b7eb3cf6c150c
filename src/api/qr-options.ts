/**
 * How every QR code of the package is drawn (the element's SVG or canvas, the local backend's PNG):
 * the 4-module quiet zone scanners need, medium error correction, black on white whatever the theme.
 */
export const QR_OPTIONS = { margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } } as const;
