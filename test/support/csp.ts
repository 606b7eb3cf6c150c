/*
 * Content-Security-Policies the CSP tests serve test/support/csp-page.html with
 * (web-test-runner.config.mjs adds the header, picked by `?policy=`).
 */
export const CSP_POLICIES = {
  /** The policy: what a strict site typically sends. */
  strict: "default-src 'self'; img-src 'self' data:; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  /**
   * The least the element needs: its module and `qrcode` (script-src), the API (connect-src),
   * the backend's data: QR image (img-src), Lit's one Trusted Types policy. No style-src at all:
   * Lit's styles are constructed stylesheets (adoptedStyleSheets), which CSP does not govern.
   */
  minimal: "default-src 'none'; script-src 'self'; connect-src 'self'; img-src data:; require-trusted-types-for 'script'; trusted-types lit-html",
  /** A site that forbids data: images: only `qr-canvas` works there. */
  noDataImages: "default-src 'self'; img-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  /** The minimal policy without any img-src, for `qr-canvas`. */
  minimalCanvas: "default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
} as const;

export type CspPolicyName = keyof typeof CSP_POLICIES;
