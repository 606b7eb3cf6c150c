import { stytchSuccess } from '../../http/envelope.js';
import type { SdkRoutes } from '../../http/sdk-app.js';
import { assertAcceptedPublicToken } from '../caller.js';
import type { BackendContext } from '../context.js';

/**
 * The project settings the SDK fetches at start-up. Every feature it could act on
 * (CAPTCHA, device fingerprinting, password policy, RBAC) is switched off, so the SDK
 * neither loads third-party scripts nor logs configuration errors.
 */
export function registerBootstrapRoute(app: SdkRoutes, ctx: BackendContext): void {
  app.get('/projects/bootstrap/:publicToken', (c) => {
    assertAcceptedPublicToken(c.req.param('publicToken'), ctx.config);
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
