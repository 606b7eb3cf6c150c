import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TotpApiError, validateAuthenticateResponse, validateCreateResponse, validateRecoverResponse } from '../../../src/api/index.js';
import { readStytchError } from '../../../src/api/validate.js';

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
    assert.ok(error instanceof TotpApiError);
    assert.equal(error.error_type, 'invalid_response');
    return error;
  }
  throw new Error(`accepted ${JSON.stringify(data).slice(0, 200)}`);
}

describe('validateCreateResponse', () => {
  it('accepts the seed\'s response and normalises the space after the data URL comma', () => {
    const result = validateCreateResponse(valid());
    assert.equal(result.secret, valid().secret);
    assert.match(result.qr_code, /^data:image\/png;base64,iVBOR/);
    assert.deepEqual(result.recovery_codes, valid().recovery_codes);
    assert.deepEqual(result.user, valid().user);
  });

  for (const field of ['request_id', 'status_code', 'secret', 'totp_id', 'recovery_codes', 'user_id', 'user'] as const) {
    it(`rejects a response without "${field}"`, () => {
      const data: Record<string, unknown> = valid();
      delete data[field];
      assert.ok(rejection(data).error_message.includes(field));
    });
    it(`rejects a mistyped "${field}"`, () => {
      rejection({ ...valid(), [field]: field === 'recovery_codes' || field === 'user' ? 'x' : 12345 });
    });
  }

  it('accepts a missing or empty qr_code as "" (the element draws its own)', () => {
    const { qr_code: _omitted, ...rest } = valid();
    assert.equal(validateCreateResponse(rest).qr_code, '');
    assert.equal(validateCreateResponse({ ...valid(), qr_code: '' }).qr_code, '');
  });

  it('accepts an SVG data URL', () => {
    const svg = 'data:image/svg+xml;base64,PHN2Zy8+';
    assert.equal(validateCreateResponse({ ...valid(), qr_code: svg }).qr_code, svg);
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
    assert.equal(validateAuthenticateResponse(auth()).session.session_id, 'session-1');
  });

  it('rejects an answer without a session', () => {
    const { session: _omitted, ...rest } = auth();
    assert.throws(() => validateAuthenticateResponse(rest), (error) => error instanceof TotpApiError && /session/.test(error.message));
  });
});

describe('validateCreateResponse: what a hostile answer cannot slip through', () => {
  it('takes a qr_code only when the whole value is a PNG or SVG data URL', () => {
    for (const qr_code of [
      'https://evil.example/x?data:image/svg+xml,',
      'https://evil.example/x?data:image/png;base64,iVBOR',
      'data:image/png;base64,iVBORw0KGgo"><img src=https://evil.example>',
      'data:image/png;base64,iVBORw0KGgo===',
      ' data:image/svg+xml,<svg/>',
    ]) {
      rejection({ ...valid(), qr_code });
    }
    for (const qr_code of ['data:image/svg+xml,<svg/>', 'data:image/svg+xml;charset=utf-8,<svg/>', 'data:image/svg+xml;charset=utf-8;base64,PHN2Zy8+',
      'data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo==']) {
      assert.equal(validateCreateResponse({ ...valid(), qr_code }).qr_code, qr_code);
    }
  });

  it('refuses a qr_code over 512 KiB and takes one of exactly 512 KiB', () => {
    const prefix = 'data:image/png;base64,';
    const atCap = prefix + 'A'.repeat(512 * 1024 - prefix.length);
    assert.equal(validateCreateResponse({ ...valid(), qr_code: atCap }).qr_code, atCap);
    assert.match(rejection({ ...valid(), qr_code: `${atCap}A` }).error_message, /too large/);
  });

  it('drops all white space after the data URL comma', () => {
    assert.match(validateCreateResponse({ ...valid(), qr_code: 'data:image/png;base64,  \n iVBORw0KGgo=' }).qr_code, /^data:image\/png;base64,iVBOR/);
  });

  it('treats a null qr_code as none', () => {
    assert.equal(validateCreateResponse({ ...valid(), qr_code: null }).qr_code, '');
  });

  it('takes a secret only when the whole value is base32 of 16 to 128 characters', () => {
    for (const secret of ['xBTGNX5RKJRMQWQFR', 'BTGNX5RKJRMQWQFRx', 'BTGNX5RKJRMQWQF', 'A'.repeat(129), '=BTGNX5RKJRMQWQFR']) {
      rejection({ ...valid(), secret });
    }
    for (const secret of ['BTGNX5RKJRMQWQFR', 'A'.repeat(128), 'BTGNX5RKJRMQWQFR====']) {
      assert.equal(validateCreateResponse({ ...valid(), secret }).secret, secret);
    }
  });

  it('refuses blank required strings', () => {
    for (const field of ['request_id', 'totp_id', 'user_id', 'secret']) {
      assert.match(rejection({ ...valid(), [field]: '   ' }).error_message, new RegExp(`"${field}" is (empty|not a base32)`));
    }
  });

  it('takes only a whole success code as status_code', () => {
    for (const status_code of [200.5, 199, 300, '200', null]) rejection({ ...valid(), status_code });
    for (const status_code of [200, 201, 299]) assert.equal(validateCreateResponse({ ...valid(), status_code }).status_code, status_code);
  });

  it('takes 1 to 50 recovery codes of up to 64 characters, none blank', () => {
    assert.equal(validateCreateResponse({ ...valid(), recovery_codes: Array.from({ length: 50 }, (_, i) => `c-${i}`) }).recovery_codes.length, 50);
    assert.match(rejection({ ...valid(), recovery_codes: Array.from({ length: 51 }, (_, i) => `c-${i}`) }).error_message, /has 51 codes/);
    assert.equal(validateCreateResponse({ ...valid(), recovery_codes: ['x'.repeat(64)] }).recovery_codes[0], 'x'.repeat(64));
    rejection({ ...valid(), recovery_codes: ['x'.repeat(65)] });
    rejection({ ...valid(), recovery_codes: ['ok-code', '  '] });
  });

  it('returns a copy of the recovery codes', () => {
    const data = valid();
    const result = validateCreateResponse(data);
    data.recovery_codes.push('later');
    assert.equal(result.recovery_codes.length, 2);
  });

  // The message reaches the developer in totp-error and the console: it must say what was wrong.
  it('says in its refusal which field is wrong and how', () => {
    const refusals: [Record<string, unknown> | null, string][] = [
      [null, 'The response is not an object.'],
      [{ ...valid(), secret: 'not-base32' }, '"secret" is not a base32 TOTP secret.'],
      [{ ...valid(), qr_code: 42 }, '"qr_code" is not a string.'],
      [{ ...valid(), qr_code: 'https://qr.example/code.png' }, '"qr_code" is not a PNG or SVG data URL.'],
      [{ ...valid(), recovery_codes: 'ckss-2skx-ebow' }, '"recovery_codes" is missing or not a list.'],
      [{ ...valid(), recovery_codes: [] }, '"recovery_codes" has 0 codes.'],
      [{ ...valid(), recovery_codes: ['ok-code', 7] }, '"recovery_codes" holds something that is not a recovery code.'],
      [{ ...valid(), totp_id: '' }, '"totp_id" is empty.'],
      [{ ...valid(), user_id: 5 }, '"user_id" is missing or not a string.'],
      [{ ...valid(), status_code: 404 }, '"status_code" is missing or not a success code.'],
      [{ ...valid(), user: null }, '"user" is missing or not an object.'],
      [{ ...valid(), user: { user_id: 'user-test-2' } }, '"user.user_id" does not match "user_id".'],
    ];
    for (const [data, message] of refusals) {
      assert.equal(rejection(data).error_message, `The server sent an invalid response: ${message}`, message);
    }
  });

  it('names the request in its refusal', () => {
    assert.equal(rejection({ ...valid(), secret: 'bad' }).request_id, 'request-id-test-1');
    assert.equal(rejection({ ...valid(), request_id: 5 }).request_id, '');
  });
});

describe('validateAuthenticateResponse: every field checked', () => {
  const auth = () => ({
    request_id: 'request-id-2', status_code: 200, totp_id: 'totp-1', user_id: 'user-1',
    user: { user_id: 'user-1' }, session: { session_id: 'session-1' }, session_token: 'tok', session_jwt: 'jwt',
  });
  function refused(data: unknown, why: RegExp) {
    assert.throws(() => validateAuthenticateResponse(data), (error) => {
      assert.ok(error instanceof TotpApiError);
      assert.equal(error.error_type, 'invalid_response');
      assert.match(error.error_message, why);
      return true;
    });
  }

  it('returns exactly the validated fields', () => {
    assert.deepEqual(validateAuthenticateResponse({ ...auth(), extra: 1 }), auth());
  });

  it('refuses a missing or mismatched user', () => {
    const { user: _omitted, ...rest } = auth();
    refused(rest, /"user" is missing/);
    refused({ ...auth(), user: [] }, /"user" is missing/);
    refused({ ...auth(), user: { user_id: 'user-2' } }, /does not match/);
  });

  it('refuses a session without a string session_id', () => {
    refused({ ...auth(), session: {} }, /"session" is missing or has no "session_id"/);
    refused({ ...auth(), session: { session_id: 7 } }, /session_id/);
    refused({ ...auth(), session: 'session-1' }, /session/);
    assert.throws(() => validateAuthenticateResponse({ ...auth(), session: null }), (e: TotpApiError) => e.request_id === 'request-id-2');
  });

  it('refuses tokens that are not strings, and takes redacted empty ones', () => {
    refused({ ...auth(), session_token: 5 }, /"session_token" is missing or not a string/);
    refused({ ...auth(), session_token: undefined }, /"session_token"/);
    refused({ ...auth(), session_jwt: null }, /"session_jwt"/);
    const redacted = validateAuthenticateResponse({ ...auth(), session_token: '', session_jwt: '' });
    assert.equal(redacted.session_token, '');
    assert.equal(redacted.session_jwt, '');
  });

  it('refuses missing ids and error codes', () => {
    refused({ ...auth(), totp_id: '' }, /"totp_id" is empty/);
    refused({ ...auth(), user_id: undefined }, /"user_id"/);
    refused({ ...auth(), request_id: ' ' }, /"request_id" is empty/);
    refused({ ...auth(), status_code: 401 }, /"status_code"/);
    refused(null, /The response is not an object/);
  });
});

describe('readStytchError', () => {
  it('reads a Stytch error body, preferring its status_code to the HTTP status', () => {
    const error = readStytchError({ status_code: 400, error_type: 'bad', error_message: 'Bad.', request_id: 'r', error_url: 'u' }, 500, 9)!;
    assert.ok(error instanceof TotpApiError);
    assert.deepEqual([error.status_code, error.error_type, error.error_message, error.request_id, error.error_url, error.retry_after],
      [400, 'bad', 'Bad.', 'r', 'u', 9]);
  });

  it('falls back to the HTTP status and a plain message, and ignores mistyped fields', () => {
    for (const error_message of [undefined, '', '   ', 42]) {
      const error = readStytchError({ error_type: 'bad', error_message, status_code: '400', request_id: 1, error_url: 2 }, 503)!;
      assert.equal(error.status_code, 503);
      assert.equal(error.error_message, 'The server answered 503.');
      assert.equal(error.request_id, '');
      assert.equal(error.error_url, '');
    }
  });

  it('caps the message at 500 and the type at 100 characters', () => {
    const error = readStytchError({ error_type: 't'.repeat(150), error_message: 'm'.repeat(800) }, 400)!;
    assert.equal(error.error_type, 't'.repeat(100));
    assert.equal(error.error_message, 'm'.repeat(500));
  });

  it('passes the local backend\'s attempts_remaining on when it is a count, and drops anything else', () => {
    assert.equal(readStytchError({ error_type: 'otp_code_not_found', attempts_remaining: 1 }, 401)!.attempts_remaining, 1);
    assert.equal(readStytchError({ error_type: 'otp_code_not_found', attempts_remaining: 0 }, 401)!.attempts_remaining, 0);
    for (const attempts_remaining of [undefined, -1, 1.5, '1', 1001, null, Infinity]) {
      assert.equal(readStytchError({ error_type: 'otp_code_not_found', attempts_remaining }, 401)!.attempts_remaining, undefined, String(attempts_remaining));
    }
  });

  it('is not a Stytch error without a string error_type', () => {
    for (const json of [null, [], 'error', { error_type: 5 }, { message: 'x' }]) assert.equal(readStytchError(json, 400), undefined);
  });
});

describe('validateRecoverResponse: Authenticate\'s fields and the codes left', () => {
  const recovered = (extra: Record<string, unknown> = {}) => ({
    request_id: 'request-id-r', status_code: 200, totp_id: 'totp-1', user_id: 'user-1',
    user: { user_id: 'user-1' }, session: { session_id: 'session-1' }, session_token: 'tok', session_jwt: 'jwt', ...extra,
  });

  it('returns the session fields, without a count when the backend gives none (Stytch\'s own API gives none)', () => {
    const expected = recovered();
    assert.deepEqual(validateRecoverResponse(recovered()), expected);
    assert.deepEqual(validateRecoverResponse(recovered({ recovery_codes_remaining: undefined })), expected);
    assert.deepEqual(validateRecoverResponse(recovered({ recovery_codes_remaining: null })), expected);
  });

  it('passes on a count from 0 to 50', () => {
    for (const remaining of [0, 3, 49, 50]) {
      assert.deepEqual(validateRecoverResponse(recovered({ recovery_codes_remaining: remaining })),
        recovered({ recovery_codes_remaining: remaining }), String(remaining));
    }
  });

  it('refuses a count that is negative, fractional, over 50 or not a number, naming the request', () => {
    for (const remaining of [-1, 2.5, 51, 1000, '3', true, {}]) {
      assert.throws(() => validateRecoverResponse(recovered({ recovery_codes_remaining: remaining })), (error) => {
        assert.ok(error instanceof TotpApiError);
        assert.equal(error.error_type, 'invalid_response');
        assert.equal(error.error_message,
          'The server sent an invalid response: "recovery_codes_remaining" is not a count of recovery codes.');
        assert.equal(error.request_id, 'request-id-r');
        return true;
      }, String(remaining));
    }
  });

  it('checks the session fields as Authenticate does', () => {
    assert.throws(() => validateRecoverResponse(recovered({ session: {} })), /"session" is missing/);
  });
});
