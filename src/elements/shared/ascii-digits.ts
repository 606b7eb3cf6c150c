/*
 * An Arabic keyboard types Arabic-Indic digits (٠١٢…٩, U+0660–0669), a Persian or Urdu one the
 * Extended Arabic-Indic digits (۰۱۲…۹, U+06F0–06F9): the same numbers an authenticator app shows as
 * 0–9. The backend compares ASCII, so what the user typed is converted before it is checked or sent.
 */
const ZEROS = [0x0660, 0x06f0];

/** `raw` with every Arabic-Indic and Extended Arabic-Indic digit as its ASCII digit; the rest as it was. */
export function asciiDigits(raw: string): string {
  return raw.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const point = digit.charCodeAt(0);
    return String(point - ZEROS.find((zero) => point >= zero && point <= zero + 9)!);
  });
}
