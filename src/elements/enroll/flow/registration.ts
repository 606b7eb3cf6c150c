import type { CreateTotpResponse, TotpApi } from '../../../api/types.js';
import { accountOf } from './account.js';
import { issuerOf } from './issuer.js';
import { otpauthUri } from '../../../api/otpauth-uri.js';
import { drawQrCode, preloadQrcode, qrSvgDataUrl } from './platform/qr-image.js';

/** A created registration, as the steps show it. */
export interface Enrollment {
  created: CreateTotpResponse;
  /** Epoch ms after which the unverified registration is unusable. */
  expiresAt: number;
  /**
   * The service and account the "Open in app" link and the codes file name; the QR names the same
   * when the element draws it (see {@link createRegistration}).
   */
  issuer: string;
  account: string;
  otpauthUri: string;
  /** The QR image (the backend's `qr_code`, or a `data:` SVG the element drew), or `''` when it is drawn on `qrCanvas`. */
  qrSrc: string;
  qrCanvas: HTMLCanvasElement | null;
  /** The backend that created the registration: its code is confirmed there, whatever changed since. */
  api: TotpApi;
}

export interface RegistrationSettings {
  expirationMinutes: number;
  /** `issuer` attribute; default: the site's name, else the host name ({@link issuerOf}). */
  issuer: string;
  /** `account-name` attribute; default: the user's email, else the user id. */
  accountName: string;
  /** Draw on a canvas: no `data:` image. */
  canvas: boolean;
  qrAlt: string;
}

/**
 * Creates a registration and gets its QR code. The backend's `qr_code` is shown when it sends
 * one: it arrives with the answer, so the QR costs no second round trip and no `qrcode` chunk
 * (it names the issuer the backend knows — Stytch's project name — while the "Open in app" link,
 * used on the phone itself rather than scanned, names `issuer` or the site's name, see {@link issuerOf}). The element draws
 * the QR itself, from the link's otpauth URI, when it must: a canvas (`qr-canvas`, for a strict
 * `img-src`), an `issuer` or `account-name` the page set (the backend's image cannot know them),
 * or no `qr_code`. In the first two cases `qrcode` loads alongside Create, not after it.
 */
export async function createRegistration(api: TotpApi, settings: RegistrationSettings, signal: AbortSignal): Promise<Enrollment> {
  // Count the lifetime from when the request left: the backend's clock started no earlier.
  const expiresAt = Date.now() + settings.expirationMinutes * 60_000;
  const mustDraw = settings.canvas || Boolean(settings.issuer || settings.accountName);
  if (mustDraw) preloadQrcode();
  const created = await api.create({ expiration_minutes: settings.expirationMinutes }, { signal });
  const issuer = issuerOf(settings.issuer);
  const account = accountOf(settings.accountName, created.user);
  const uri = otpauthUri({ secret: created.secret, issuer, accountName: account });
  const qrCanvas = settings.canvas ? await drawQrCode(uri, settings.qrAlt) : null;
  const qrSrc = qrCanvas ? '' : (!mustDraw && created.qr_code) || await qrSvgDataUrl(uri);
  return { created, expiresAt, issuer, account, otpauthUri: uri, qrSrc, qrCanvas, api };
}

/** Blanks a drawn QR code: a detached canvas still holds the secret's pixels. */
export function forgetRegistration(enrollment: Enrollment | null): void {
  if (enrollment?.qrCanvas) enrollment.qrCanvas.width = 0;
}
