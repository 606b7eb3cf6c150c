import type { CreateTotpResponse, TotpApi } from '../../../api/types.js';
import { accountOf } from './account.js';
import { otpauthUri } from '../../../api/otpauth-uri.js';
import { drawQrCode, qrSvgDataUrl } from './platform/qr-image.js';

/** A created registration, as the steps show it. */
export interface Enrollment {
  created: CreateTotpResponse;
  /** Epoch ms after which the unverified registration is unusable. */
  expiresAt: number;
  /** The service and account the authenticator app will list: the same in the QR, the link and the codes file. */
  issuer: string;
  account: string;
  otpauthUri: string;
  /** The QR image (`data:` SVG), or `''` when it is drawn on `qrCanvas` instead. */
  qrSrc: string;
  qrCanvas: HTMLCanvasElement | null;
  /** The backend that created the registration: its code is confirmed there, whatever changed since. */
  api: TotpApi;
}

export interface RegistrationSettings {
  expirationMinutes: number;
  /** `issuer` attribute; default: the page's host name. */
  issuer: string;
  /** `account-name` attribute; default: the user's email, else the user id. */
  accountName: string;
  /** Draw on a canvas: no `data:` image. */
  canvas: boolean;
  qrAlt: string;
}

/**
 * Creates a registration and draws its QR code. The element draws the QR itself, from the
 * same otpauth URI as the "Open in app" link, so both always name the same issuer and account
 * (a backend's `qr_code` would name its own issuer, which the link cannot know).
 */
export async function createRegistration(api: TotpApi, settings: RegistrationSettings, signal: AbortSignal): Promise<Enrollment> {
  // Count the lifetime from when the request left: the backend's clock started no earlier.
  const expiresAt = Date.now() + settings.expirationMinutes * 60_000;
  const created = await api.create({ expiration_minutes: settings.expirationMinutes }, { signal });
  const issuer = settings.issuer || location.hostname;
  const account = accountOf(settings.accountName, created.user);
  const uri = otpauthUri({ secret: created.secret, issuer, accountName: account });
  const qrCanvas = settings.canvas ? await drawQrCode(uri, settings.qrAlt) : null;
  const qrSrc = qrCanvas ? '' : await qrSvgDataUrl(uri);
  return { created, expiresAt, issuer, account, otpauthUri: uri, qrSrc, qrCanvas, api };
}

/** Blanks a drawn QR code: a detached canvas still holds the secret's pixels. */
export function forgetRegistration(enrollment: Enrollment | null): void {
  if (enrollment?.qrCanvas) enrollment.qrCanvas.width = 0;
}
