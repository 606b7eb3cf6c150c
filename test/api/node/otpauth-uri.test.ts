/*
 * The otpauth URI is what the authenticator app reads from the QR code and the "Open in app" link.
 * Read back with `otpauth`'s parser (what apps implement) rather than compared as a string, so the
 * tests state what an app sees: the issuer, the account, the secret and the code parameters.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOTP, URI } from 'otpauth';
import { otpauthUri } from '../../../src/api/otpauth-uri.js';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

function readByApp(uri: string): TOTP {
  const otp = URI.parse(uri);
  assert.ok(otp instanceof TOTP, 'a TOTP, not an HOTP');
  return otp;
}

describe('otpauthUri', () => {
  it('names the issuer in the label and the issuer parameter, with the secret and SHA1, 6 digits, 30 s', () => {
    const uri = otpauthUri({ secret, issuer: 'Acme', accountName: 'ada@example.com' });
    assert.ok(uri.startsWith('otpauth://totp/Acme:ada%40example.com?'), uri);
    const otp = readByApp(uri);
    assert.equal(otp.issuer, 'Acme');
    assert.equal(otp.label, 'ada@example.com');
    assert.equal(otp.secret.base32, secret);
    assert.equal(otp.algorithm, 'SHA1');
    assert.equal(otp.digits, 6);
    assert.equal(otp.period, 30);
    const params = new URL(uri).searchParams;
    assert.deepEqual([...params.keys()].sort(), ['algorithm', 'digits', 'issuer', 'period', 'secret']);
    assert.equal(params.get('issuer'), 'Acme');
  });

  it('keeps a colon, spaces and other reserved characters inside the issuer and the account', () => {
    const uri = otpauthUri({ secret, issuer: 'Acme: Shop & Co', accountName: 'ada:lovelace #1/2?' });
    assert.ok(uri.startsWith('otpauth://totp/Acme%20Shop%20%26%20Co:'), `no colon and no "+" in the label's issuer: ${uri}`);
    assert.ok(uri.endsWith('&issuer=Acme%3A%20Shop%20%26%20Co'), `percent-encoded, not form-encoded: ${uri}`);
    const otp = readByApp(uri);
    assert.equal(otp.issuer, 'Acme: Shop & Co');
    assert.equal(otp.label, 'ada:lovelace #1/2?');
    assert.equal(new URL(uri).searchParams.get('secret'), secret, 'the secret is not swallowed by the label');
    assert.equal(uri.split('?').length, 2, 'exactly one query separator');
  });

  it('leaves out the issuer entirely when there is none', () => {
    const uri = otpauthUri({ secret, issuer: '', accountName: 'ada@example.com' });
    assert.ok(uri.startsWith('otpauth://totp/ada%40example.com?'), uri);
    assert.equal(new URL(uri).searchParams.has('issuer'), false);
    const otp = readByApp(uri);
    assert.equal(otp.issuer, '');
    assert.equal(otp.label, 'ada@example.com');
  });

  it('gives the app the codes the server checks', () => {
    const otp = readByApp(otpauthUri({ secret, issuer: 'Acme', accountName: 'ada' }));
    const reference = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
    const timestamp = Date.UTC(2026, 10, 26, 12, 0, 0);
    assert.equal(otp.generate({ timestamp }), reference.generate({ timestamp }));
  });
});
