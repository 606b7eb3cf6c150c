/**
 * The data the element exchanges with a backend, typed from Stytch's TOTP API
 * (`stytch.totps.create` / `stytch.totps.authenticate` / `stytch.totps.recover`).
 */

/**
 * A Stytch user. Only `user_id` is relied on; the rest of Stytch's user object
 * (emails, phone numbers, factors, metadata…) is passed through untouched.
 */
export interface User {
  user_id: string;
  [field: string]: unknown;
}

/** Options for {@link TotpApi.create}. */
export interface CreateTotpParams {
  /** Minutes the new, unverified TOTP stays usable (5..1440). */
  expiration_minutes: number;
}

/** The result of Create: the seed's response fields, all present and validated. */
export interface CreateTotpResponse {
  request_id: string;
  status_code: number;
  /** Base32 TOTP secret. Sensitive: never log or store it. */
  secret: string;
  totp_id: string;
  /** A `data:image/png;base64,` or `data:image/svg+xml` URL; `''` when the backend sends none. */
  qr_code: string;
  /** Single-use recovery codes. Sensitive: never log or store them. */
  recovery_codes: string[];
  user_id: string;
  user: User;
}

/** Options for {@link TotpApi.authenticate}. */
export interface AuthenticateTotpParams {
  /** The six-digit code the authenticator app shows. */
  totp_code: string;
  /** Lifetime of the session the backend starts or extends, in minutes. */
  session_duration_minutes: number;
}

/** A Stytch session object, passed through as the backend sends it. */
export interface Session {
  session_id: string;
  [field: string]: unknown;
}

/** The result of Authenticate. */
export interface AuthenticateTotpResponse {
  request_id: string;
  status_code: number;
  totp_id: string;
  user_id: string;
  user: User;
  session: Session;
  /** Sensitive: never log or store it. May be `''` where the backend keeps it in an HttpOnly cookie. */
  session_token: string;
  /** Sensitive: never log or store it. */
  session_jwt: string;
}

/** Options for {@link TotpApi.recover}. */
export interface RecoverTotpParams {
  /** One of the user's single-use recovery codes (`xxxx-xxxx-xxxx` from Stytch). Sensitive: never log or store it. */
  recovery_code: string;
  /** Lifetime of the session the backend starts or extends, in minutes. */
  session_duration_minutes: number;
}

/** The result of Recover: the same session fields as Authenticate; the recovery code is now used up. */
export interface RecoverTotpResponse extends AuthenticateTotpResponse {
  /**
   * Unused recovery codes left, when the backend says (the local backend does; Stytch's
   * consumer API does not, so it is often `undefined`).
   */
  recovery_codes_remaining?: number;
}

/** A TOTP registration as Stytch's user object lists it (`user.totps`). */
export interface UserTotp {
  totp_id: string;
  /** True once a first code was confirmed: the user signs in with it. */
  verified: boolean;
  /** When the registration was made (RFC 3339), where the backend says (the local backend does; Stytch does not). */
  created_at?: string;
}

/** The result of {@link TotpApi.recoveryCodes}: the user's verified TOTP and its unused recovery codes. */
export interface RecoveryCodesResponse {
  request_id: string;
  status_code: number;
  user_id: string;
  totp_id: string;
  /** The unused single-use codes (may be empty). Sensitive: never log or store them. */
  recovery_codes: string[];
}

/** The result of {@link TotpApi.deleteTotp}: the user without the removed registration. */
export interface DeleteTotpResponse {
  request_id: string;
  status_code: number;
  user_id: string;
  user: User;
}

/** Per-call options: every request can be cancelled. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/** Called with the user after a change, or `null` once the user is logged out. */
export type UserChangeListener = (user: User | null) => void;

/**
 * What `<totp-enroll>` needs from a backend. Implemented by {@link HttpTotpApi}
 * (Stytch's SDK REST protocol) and {@link StytchClientTotpApi} (a Stytch SDK client),
 * and by anything else a host page wants to plug in.
 */
export interface TotpApi {
  create(params: CreateTotpParams, options?: RequestOptions): Promise<CreateTotpResponse>;
  authenticate(params: AuthenticateTotpParams, options?: RequestOptions): Promise<AuthenticateTotpResponse>;
  /**
   * Signs in with a recovery code instead of a TOTP code (`<totp-challenge>`'s "Use a recovery
   * code instead"). Optional, so an existing enrollment-only `TotpApi` still fits `<totp-enroll>`;
   * the HTTP client and the SDK adapter both implement it.
   */
  recover?(params: RecoverTotpParams, options?: RequestOptions): Promise<RecoverTotpResponse>;
  /** Subscribes to user changes made elsewhere; returns the unsubscribe function. */
  onUserChange?(listener: UserChangeListener): () => void;
  /**
   * The signed-in user as the backend knows them now (`GET /sdk/v1/users/me`; the SDK client's
   * cached user), or `null` when nobody is signed in. `<totp-enroll>` reads `user.totps` to tell
   * an enrolled user from a new one.
   */
  getUser?(options?: RequestOptions): Promise<User | null>;
  /**
   * Whether the current session already passed a second factor, when that is known without a
   * request (the SDK client's session and its `authentication_factors`); `undefined` when unknown
   * (over HTTP the element learns it from a 403 `insufficient_session_factors`).
   */
  sessionHasSecondFactor?(): boolean | undefined;
  /** The unused recovery codes of the user's verified TOTP (`POST /sdk/v1/totps/recovery_codes`). Needs a second factor. */
  recoveryCodes?(options?: RequestOptions): Promise<RecoveryCodesResponse>;
  /** Removes a TOTP registration (`DELETE /sdk/v1/users/totps/{totp_id}`). Removing a verified one needs a second factor. */
  deleteTotp?(totpId: string, options?: RequestOptions): Promise<DeleteTotpResponse>;
}
