import { base64UrlEncode } from './ids.js';
import type { SessionRecord } from './records.js';

export type SessionJwtSigner = (session: SessionRecord) => Promise<string>;

/**
 * Signs session JWTs with a random HMAC key that lives only as long as this backend.
 * Nothing verifies them here (sessions are looked up by token), but clients that read
 * a JWT's claims get a real, well-formed one.
 */
export function createSessionJwtSigner(projectId: string): SessionJwtSigner {
  const keyPromise = crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (session) => {
    const header = { alg: 'HS256', typ: 'JWT' };
    const claims = {
      sub: session.user_id,
      iss: `stytch.com/${projectId}`,
      aud: [projectId],
      iat: Math.floor(session.last_accessed_at / 1000),
      nbf: Math.floor(session.last_accessed_at / 1000),
      exp: Math.floor(session.expires_at / 1000),
      'https://stytch.com/session': {
        id: session.session_id,
        started_at: new Date(session.started_at).toISOString(),
        last_accessed_at: new Date(session.last_accessed_at).toISOString(),
        expires_at: new Date(session.expires_at).toISOString(),
      },
    };
    const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`;
    const signature = await crypto.subtle.sign('HMAC', await keyPromise, new TextEncoder().encode(signingInput));
    return `${signingInput}.${base64UrlEncode(new Uint8Array(signature))}`;
  };
}

function encodeJson(value: unknown): string {
  return base64UrlEncode(new TextEncoder().encode(JSON.stringify(value)));
}
