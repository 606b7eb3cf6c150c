import { expect } from '@open-wc/testing';
import { HttpTotpApi } from '../../../src/api/index.js';
import { decodeQr } from '../../support/decode-qr.js';

describe('the backend\'s QR code', () => {
  it('decodes to an otpauth://totp/ URI whose secret is the response\'s secret', async () => {
    const created = await new HttpTotpApi().create({ expiration_minutes: 60 });
    const uri = new URL(await decodeQr(created.qr_code));
    expect(uri.protocol).to.equal('otpauth:');
    expect(uri.href.startsWith('otpauth://totp/')).to.equal(true);
    expect(uri.searchParams.get('secret')).to.equal(created.secret);
    expect(uri.searchParams.get('issuer')).to.be.a('string').and.not.empty;
    expect(uri.searchParams.get('period') ?? '30').to.equal('30');
    expect(uri.searchParams.get('digits') ?? '6').to.equal('6');
  });
});
