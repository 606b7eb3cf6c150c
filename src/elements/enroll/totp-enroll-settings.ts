import type { PropertyDeclarations } from 'lit';
import { EXPIRATION_MINUTES } from '../../api/limits.js';
import { TotpElement } from '../shared/totp-element.js';
import type { TotpEnrollStrings } from './strings.js';

/**
 * `<totp-enroll>`'s own settings, documented once here (the backend settings both elements
 * share are TotpElement's). Not registered: TotpEnroll extends it, keeping its module to the
 * element's states and screens.
 */
export abstract class TotpEnrollSettings extends TotpElement {
  // Its own settings; the backend settings both elements share are TotpElement's.
  static override properties: PropertyDeclarations = {
    expirationMinutes: { attribute: 'expiration-minutes' },
    issuer: {},
    accountName: { attribute: 'account-name' },
    autostart: { type: Boolean },
    qrCanvas: { type: Boolean, attribute: 'qr-canvas' },
    strings: { attribute: false },
  };

  /** Minutes before an unverified registration expires: a whole number from 5 to 1440. */
  expirationMinutes: number | string = EXPIRATION_MINUTES.default;

  /**
   * The service the authenticator app lists, in the QR code, the "Open in app" link and the codes file.
   * Default: the site's name — `<meta name="application-name">`, else `<meta property="og:site_name">` —
   * else the page's host name without `www.`; the QR is then the backend's, naming what it knows (Stytch's project name).
   */
  issuer = '';

  /** The account the authenticator app lists under the issuer. Default: the user's email, else the user id. */
  accountName = '';

  /** Start setting up as soon as the element knows the user has no authenticator app yet, instead of waiting for the button. */
  autostart = false;

  /**
   * Draw the QR code on a `<canvas>` instead of a `data:` image: for pages whose
   * Content-Security-Policy has no `img-src data:`.
   */
  qrCanvas = false;

  /** Overrides for any of the element's texts (see `TotpEnrollStrings`); functions for texts with numbers. */
  strings: Partial<TotpEnrollStrings> = {};

}
