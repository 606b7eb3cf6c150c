/*
 * Item 2: broken and hostile answers over real HTTP (test fixtures) end in a typed error and an
 * error state with nothing of a registration rendered; markup is shown as text. Then a
 * property test: any JSON into validateCreateResponse gives a valid response or a TotpApiError.
 */
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import { TotpApiError, type CreateTotpResponse, type TotpEnroll } from '../../src/index.js';
import { HttpTotpApi, validateAuthenticateResponse, validateCreateResponse } from '../../src/api/index.js';
import { fixtureBase, type Fixture } from '../support/backend.js';
import {
  $, $$, clearStytchCookies, displayedRecoveryCodes, enrollElement, errorText, recordEvents, typeCode, waitForState,
} from '../enroll/harness.js';
import { envelope, expectNothingHalfRendered, onlyError, realCreateData } from './harness.js';

declare global { interface Window { pwned?: number } }

const REQUIRED = ['request_id', 'status_code', 'secret', 'totp_id', 'recovery_codes', 'user_id', 'user'] as const;
const MARKUP = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';

describe('hardening: bad responses', () => {
  let recorder: ReturnType<typeof recordEvents>;
  let good: Record<string, unknown>;
  before(async () => { good = await realCreateData(); });
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); delete window.pwned; });
  afterEach(() => recorder.stop());

  /** Starts an element against `fixture` and returns it in its error state, with the error. */
  async function failWith(fixture: Fixture): Promise<{ el: TotpEnroll; error: TotpApiError }> {
    const base = await fixtureBase(fixture);
    const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
    await el.start();
    await waitForState(el, 'error');
    const error = onlyError(recorder.events, 'create');
    expectNothingHalfRendered(el, [String(good.secret), ...(good.recovery_codes as string[])]);
    expect(recorder.of('totp-created')).to.have.length(0);
    expect(window.pwned).to.equal(undefined);
    return { el, error };
  }

  it('an HTML 502 page: http_error 502, no markup from the page', async () => {
    const { el, error } = await failWith({ status: 502, headers: { 'Content-Type': 'text/html' },
      body: `<html><body><h1>502 Bad Gateway</h1>${MARKUP}</body></html>` });
    expect(error.status_code).to.equal(502);
    expect(error.error_type).to.equal('http_error');
    expect(error.error_message).to.contain('502');
    expect(errorText(el)).to.contain('went wrong').and.not.to.contain('<');
    expect($(el, '[part~="error"] h1, [part~="error"] b, [part~="error"] script')).to.equal(null);
    expect(($(el, '[part~="retry-button"]') as HTMLButtonElement).disabled).to.equal(false);
  });

  for (const [name, fixture] of [
    ['text/plain "OK"', { headers: { 'Content-Type': 'text/plain' }, body: 'OK' }],
    ['an HTML page labelled JSON', { body: '<html><body>Welcome</body></html>' }],
    ['truncated JSON', { body: '{"data": {"secret": "ABCD' }],
    ['an empty body', { body: '' }],
  ] as const) {
    it(`a non-JSON 200 (${name}): invalid_response`, async () => {
      const { error } = await failWith(fixture);
      expect(error.error_type).to.equal('invalid_response');
    });
  }

  for (const field of REQUIRED) {
    it(`JSON without "${field}": invalid_response naming the field`, async () => {
      const data = { ...good };
      delete data[field];
      const { error } = await failWith({ body: envelope(data) });
      expect(error.error_type).to.equal('invalid_response');
      expect(error.error_message).to.contain(field);
    });
  }

  for (const [field, value] of [
    ['request_id', 42], ['status_code', '200'], ['status_code', 500], ['secret', 12345], ['secret', ['A']],
    ['totp_id', null], ['totp_id', {}], ['recovery_codes', 'abcd-efgh-ijkl'], ['recovery_codes', [1, 2]],
    ['recovery_codes', []], ['user_id', false], ['user', 'user-x'], ['user', { user_id: 'someone-else' }], ['qr_code', 7],
  ] as const) {
    it(`a mistyped ${field} (${JSON.stringify(value)}): invalid_response`, async () => {
      const { error } = await failWith({ body: envelope({ ...good, [field]: value }) });
      expect(error.error_type).to.equal('invalid_response');
    });
  }

  for (const qr_code of ['javascript:window.pwned=1', 'https://evil.example/qr.png', 'data:text/html,<script>window.pwned=1</script>',
    '//evil.example/qr.png', 'data:image/png;base64,<svg onload=alert(1)>']) {
    it(`qr_code ${JSON.stringify(qr_code)}: refused, never used as an image`, async () => {
      const { el, error } = await failWith({ body: envelope({ ...good, qr_code }) });
      expect(error.error_type).to.equal('invalid_response');
      expect(error.error_message).to.contain('qr_code');
      expect($$(el, 'img, a, iframe, object, embed')).to.have.length(0);
    });
  }

  it('a 10 MB body: refused at the size limit, nothing rendered', async () => {
    const { error } = await failWith({ body: 'x'.repeat(1024), repeat: 10 * 1024 });
    expect(error.error_type).to.equal('invalid_response');
    expect(error.error_message).to.contain('larger');
  });

  it('a 10 MB body that is valid JSON (huge padding field) is refused too', async () => {
    const { error } = await failWith({ body: `{"pad":"${'a'.repeat(1024 * 1024)}","data":${envelope(good)}}`.repeat(10) });
    expect(error.error_type).to.equal('invalid_response');
  });

  for (const secret of ['btgnx5rkjrmqwqfr', 'BTGNX5RKJRMQWQF1', 'BTGN X5RK JRMQ WQFR', '<b>BTGNX5RKJRMQWQFR</b>', 'SHORT']) {
    it(`a non-base32 secret ${JSON.stringify(secret)}: invalid_response`, async () => {
      const { error } = await failWith({ body: envelope({ ...good, secret }) });
      expect(error.error_message).to.contain('secret');
    });
  }

  it('1,000 recovery codes: invalid_response, no list rendered', async () => {
    const recovery_codes = Array.from({ length: 1000 }, (_, i) => `code-${String(i).padStart(4, '0')}`);
    const { error } = await failWith({ body: envelope({ ...good, recovery_codes }) });
    expect(error.error_message).to.contain('recovery_codes');
  });

  it('a Stytch error whose message holds markup: kept for the event, nothing injected', async () => {
    const { el, error } = await failWith({ status: 400, body: JSON.stringify({
      status_code: 400, request_id: 'request-id-x', error_type: 'bad_request', error_message: MARKUP }) });
    expect(error.error_type).to.equal('bad_request');
    expect(error.error_message).to.contain('<b>bold</b>').and.to.contain('<script>');
    expect(errorText(el)).to.contain('went wrong');
    expect($$(el, '[part~="error"] img, [part~="error"] b, [part~="error"] script')).to.have.length(0);
    await el.updateComplete;
    expect(window.pwned).to.equal(undefined);
  });

  it('a 200 whose strings hold markup renders them as text', async () => {
    const codes = [MARKUP.slice(0, 60), 'plain-code-1'];
    const base = await fixtureBase({ body: envelope({ ...good, recovery_codes: codes }) });
    const el = await enrollElement();
    const fromFixture = new HttpTotpApi({ baseUrl: base });
    // The codes show once a code is confirmed: this backend accepts any.
    el.client = {
      create: (params, options) => fromFixture.create(params, options),
      authenticate: async () => validateAuthenticateResponse({
        request_id: 'r', status_code: 200, totp_id: String(good.totp_id), user_id: String(good.user_id), user: good.user,
        session: { session_id: 's' }, session_token: '', session_jwt: '',
      }),
    };
    await el.start();
    await waitForState(el, 'created');
    expect($$(el, 'img')).to.have.length(1);
    await typeCode(el, '123456');
    await waitForState(el, 'verified');
    expect(displayedRecoveryCodes(el)).to.deep.equal(codes);
    expect($$(el, '[part~="recovery-codes"] img, [part~="recovery-codes"] script')).to.have.length(0);
    expect(window.pwned).to.equal(undefined);
  });
});

describe('hardening: validateCreateResponse on arbitrary JSON (fast-check)', () => {
  const valid: CreateTotpResponse = {
    request_id: 'request-id-test-1', status_code: 200, secret: 'BTGNX5RKJRMQWQFRQKTG34JCF6XDRHZS', totp_id: 'totp-test-1',
    qr_code: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    recovery_codes: ['ckss-2skx-ebow', 'spbc-424h-usy0'], user_id: 'user-test-1', user: { user_id: 'user-test-1' },
  };

  /** What "valid" promises the element: every field checked, a QR that can only be an image. */
  function expectValid(result: CreateTotpResponse): void {
    expect(Object.keys(result).sort()).to.deep.equal(Object.keys(valid).sort());
    for (const field of ['request_id', 'totp_id', 'user_id'] as const) expect(result[field]).to.be.a('string').and.not.equal('');
    expect(result.status_code).to.be.within(200, 299);
    expect(result.secret).to.match(/^[A-Z2-7]{16,128}=*$/);
    expect(result.qr_code === '' || /^data:image\/(png;base64|svg\+xml)[;,]/.test(result.qr_code), result.qr_code).to.equal(true);
    expect(result.recovery_codes.length).to.be.within(1, 50);
    for (const code of result.recovery_codes) expect(code).to.be.a('string').and.not.equal('');
    expect(result.user.user_id).to.equal(result.user_id);
  }

  function check(input: unknown): void {
    let result: CreateTotpResponse;
    try {
      result = validateCreateResponse(input);
    } catch (error) {
      if (!(error instanceof TotpApiError)) throw new Error(`threw ${String(error)} for ${JSON.stringify(input)?.slice(0, 300)}`);
      expect(error.error_type).to.equal('invalid_response');
      expect(error.status_code).to.equal(0);
      return;
    }
    expectValid(result);
  }

  it('any JSON text, parsed: a valid response or TotpApiError, nothing else', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => check(JSON.parse(text))), { numRuns: 2000 });
  });

  it('the valid answer with any field replaced by arbitrary JSON, or dropped', () => {
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
    // Mostly the valid value, so about one answer in seven passes and the success path is exercised too.
    const field = (value: unknown) => fc.oneof({ arbitrary: fc.constant(value), weight: 5 }, { arbitrary: anyValue, weight: 1 });
    const mutated = fc.record({
      request_id: field(valid.request_id), status_code: field(valid.status_code), secret: field(valid.secret),
      totp_id: field(valid.totp_id), qr_code: field(valid.qr_code),
      recovery_codes: fc.oneof(field(valid.recovery_codes), fc.array(fc.oneof(fc.string(), anyValue), { maxLength: 60 })),
      user_id: field(valid.user_id), user: fc.oneof(field(valid.user), fc.record({ user_id: field(valid.user_id) })),
    });
    let accepted = 0;
    fc.assert(fc.property(mutated, (input) => { check(input); try { validateCreateResponse(input); accepted++; } catch { /* counted */ } }),
      { numRuns: 3000 });
    expect(accepted, 'answers accepted').to.be.greaterThan(100);
  });

  it('strings near the rules (secrets, QR data URLs) are judged without throwing anything else', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9=<> ]{0,140}$/);
    const qr = fc.oneof(
      fc.stringMatching(/^data:image\/(png|svg\+xml|gif)(;base64)?,[A-Za-z0-9+/=<> ]{0,40}$/),
      fc.constantFrom('javascript:alert(1)', 'https://x/y.png', 'data:text/html,<p>', ''),
    );
    fc.assert(fc.property(secret, qr, (s, q) => check({ ...valid, secret: s, qr_code: q })), { numRuns: 2000 });
  });

  it('validateAuthenticateResponse holds the same promise', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => {
      try {
        validateAuthenticateResponse(JSON.parse(text));
      } catch (error) {
        expect(error).to.be.instanceOf(TotpApiError);
      }
    }), { numRuns: 1000 });
  });
});
