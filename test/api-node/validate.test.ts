import { expect } from '@open-wc/testing';
import { TotpApiError, validateAuthenticateResponse, validateCreateResponse } from '../../src/api/index.js';

const valid = () => ({
  request_id: 'request-id-test-1',
  status_code: 200,
  secret: 'BTGNX5RKJRMQWQFRQKTG34JCF6XDRHZS',
  totp_id: 'totp-test-1',
  qr_code: 'data:image/png;base64, iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  recovery_codes: ['ckss-2skx-ebow', 'spbc-424h-usy0'],
  user_id: 'user-test-1',
  user: { user_id: 'user-test-1', emails: [] },
});

function rejection(data: unknown): TotpApiError {
  try {
    validateCreateResponse(data);
  } catch (error) {
    expect(error).to.be.instanceOf(TotpApiError);
    expect((error as TotpApiError).error_type).to.equal('invalid_response');
    return error as TotpApiError;
  }
  throw new Error(`accepted ${JSON.stringify(data).slice(0, 200)}`);
}

describe('validateCreateResponse', () => {
  it('accepts the seed\'s response and normalises the space after the data URL comma', () => {
    const result = validateCreateResponse(valid());
    expect(result.secret).to.equal(valid().secret);
    expect(result.qr_code).to.match(/^data:image\/png;base64,iVBOR/);
    expect(result.recovery_codes).to.deep.equal(valid().recovery_codes);
    expect(result.user).to.deep.equal(valid().user);
  });

  for (const field of ['request_id', 'status_code', 'secret', 'totp_id', 'recovery_codes', 'user_id', 'user'] as const) {
    it(`rejects a response without "${field}"`, () => {
      const data: Record<string, unknown> = valid();
      delete data[field];
      expect(rejection(data).error_message).to.contain(field);
    });
    it(`rejects a mistyped "${field}"`, () => {
      rejection({ ...valid(), [field]: field === 'recovery_codes' || field === 'user' ? 'x' : 12345 });
    });
  }

  it('accepts a missing or empty qr_code as "" (the element draws its own)', () => {
    const { qr_code: _omitted, ...rest } = valid();
    expect(validateCreateResponse(rest).qr_code).to.equal('');
    expect(validateCreateResponse({ ...valid(), qr_code: '' }).qr_code).to.equal('');
  });

  it('accepts an SVG data URL', () => {
    const svg = 'data:image/svg+xml;base64,PHN2Zy8+';
    expect(validateCreateResponse({ ...valid(), qr_code: svg }).qr_code).to.equal(svg);
  });

  for (const qr_code of ['javascript:alert(1)', 'https://evil.example/qr.png', 'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,<svg onload=alert(1)>', 42]) {
    it(`rejects qr_code ${JSON.stringify(qr_code)}`, () => { rejection({ ...valid(), qr_code }); });
  }

  for (const secret of ['btgnx5rkjrmqwqfr', 'BTGNX5RKJRMQWQF1', 'BTGN X5RK JRMQ WQFR', 'SHORT', '<b>BTGNX5RKJRMQWQFR</b>']) {
    it(`rejects the non-base32 secret ${JSON.stringify(secret)}`, () => { rejection({ ...valid(), secret }); });
  }

  it('rejects recovery codes that are not strings, empty lists and absurd counts', () => {
    rejection({ ...valid(), recovery_codes: ['abcd-efgh-ijkl', 7] });
    rejection({ ...valid(), recovery_codes: [null] });
    rejection({ ...valid(), recovery_codes: [] });
    rejection({ ...valid(), recovery_codes: Array.from({ length: 1000 }, (_, i) => `code-${i}`) });
  });

  it('rejects a user whose user_id differs from user_id', () => {
    rejection({ ...valid(), user: { user_id: 'user-other' } });
  });

  it('rejects an error status or non-objects', () => {
    rejection({ ...valid(), status_code: 500 });
    rejection(null);
    rejection([valid()]);
    rejection('{"secret":1}');
  });
});

describe('validateAuthenticateResponse', () => {
  const auth = () => ({
    request_id: 'request-id-2', status_code: 200, totp_id: 'totp-1', user_id: 'user-1',
    user: { user_id: 'user-1' }, session: { session_id: 'session-1' }, session_token: 'tok', session_jwt: '',
  });

  it('accepts a complete answer, including a redacted JWT', () => {
    expect(validateAuthenticateResponse(auth()).session.session_id).to.equal('session-1');
  });

  it('rejects an answer without a session', () => {
    const { session: _omitted, ...rest } = auth();
    expect(() => validateAuthenticateResponse(rest)).to.throw(TotpApiError, /session/);
  });
});
