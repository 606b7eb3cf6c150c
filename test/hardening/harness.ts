/*
 * Shared by the hardening tests: fresh users, hostile fixtures built from a real Create
 * answer, and the "nothing half-rendered" check.
 */
import { expect } from '@open-wc/testing';
import { TotpApiError, TotpErrorEvent, type CreateTotpResponse, type TotpEnroll } from '../../src/index.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { PUBLIC_TOKEN, newSession } from '../support/backend.js';
import { $ } from '../support/element-harness.js';

/** A client acting for a fresh user (Basic public_token:session_token), optionally through `baseUrl`. */
export async function freshUserClient(baseUrl?: string): Promise<{ api: HttpTotpApi; user_id: string; session_token: string }> {
  const { user_id, session_token } = await newSession();
  const api = new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionToken: () => session_token, ...(baseUrl ? { baseUrl } : {}) });
  return { api, user_id, session_token };
}

/** A genuine Create answer of the local backend, as the wire carries it (`{data}` envelope). */
export async function realCreateData(): Promise<Record<string, unknown>> {
  const { api } = await freshUserClient();
  const created: CreateTotpResponse = await api.create({ expiration_minutes: 60 });
  return { ...created };
}

export function envelope(data: unknown): string {
  return JSON.stringify({ data });
}

/** The element shows an error and none of a registration: no QR, no setup key, no recovery codes. */
export function expectNothingHalfRendered(el: TotpEnroll, secrets: string[] = []): void {
  expect(el.state).to.equal('error');
  expect($(el, '[part~="qr-image"]'), 'QR image').to.equal(null);
  expect($(el, '[part~="secret"]'), 'setup key').to.equal(null);
  expect($(el, '[part~="recovery-codes"]'), 'recovery codes').to.equal(null);
  expect($(el, '#code'), 'code input').to.equal(null);
  const shadow = el.shadowRoot!.innerHTML;
  for (const secret of secrets) expect(shadow).not.to.contain(secret);
}

/** The one totp-error the element fired, checked to carry a TotpApiError for `step`. */
export function onlyError(events: Event[], step: 'create' | 'authenticate'): TotpApiError {
  const errors = events.filter((event) => event.type === 'totp-error') as TotpErrorEvent[];
  expect(errors, 'totp-error events').to.have.length(1);
  expect(errors[0]!.detail.step).to.equal(step);
  expect(errors[0]!.detail.error).to.be.instanceOf(TotpApiError);
  return errors[0]!.detail.error;
}
