import type { SetupStrings } from '../strings.js';

/** The service and account the codes belong to. */
export interface CodesOwner {
  readonly issuer: string;
  readonly account: string;
}

/** The downloaded, printed and copied text: a header naming the service and account, then one code a line. */
export function recoveryCodesText(t: SetupStrings, owner: CodesOwner, codes: readonly string[], locale: string, now = new Date()): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now);
  return `${t.recoveryFileHeader({ ...owner, date })}\n\n${codes.join('\n')}\n`;
}

/** `<issuer>-recovery-codes.txt`, the issuer made safe for a file name. */
export function recoveryCodesFileName(t: SetupStrings, issuer: string): string {
  const safe = issuer.normalize('NFKC').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  return t.recoveryFileName(safe || 'totp');
}
