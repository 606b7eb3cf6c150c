import { isAcceptedPublicToken } from '../caller.js';
import type { BackendApp, BackendContext } from '../context.js';
import { stytchSuccess } from '../envelope.js';
import { StytchError } from '../stytch-error.js';

/**
 * The project settings the SDK fetches at start-up. Every feature it could act on
 * (CAPTCHA, device fingerprinting, password policy, RBAC) is switched off, so the SDK
 * neither loads third-party scripts nor logs configuration errors.
 */
export function registerBootstrapRoute(app: BackendApp, ctx: BackendContext): void {
  app.get('/projects/bootstrap/:publicToken', (c) => {
    if (!isAcceptedPublicToken(c.req.param('publicToken'), ctx.config)) {
      throw new StytchError(401, 'invalid_public_token', 'The public token is not one this backend accepts.');
    }
    return stytchSuccess(c, {
      project_name: ctx.config.issuer,
      disable_sdk_watermark: true,
      cname_domain: null,
      email_domains: [],
      captcha_settings: { enabled: false },
      password_config: null,
      pkce_required_for_email_magic_links: false,
      pkce_required_for_password_resets: false,
      pkce_required_for_oauth: false,
      pkce_required_for_sso: false,
      slug_pattern: '',
      create_organization_enabled: false,
      dfp_protected_auth_enabled: false,
      dfp_protected_auth_mode: 'OBSERVATION',
      rbac_policy: { roles: [], resources: [] },
      siwe_required_for_crypto_wallets: false,
      vertical: 'CONSUMER',
    });
  });
}
