/** The smallest and largest number of minutes a setting takes. */
export interface MinutesRange { readonly min: number; readonly max: number }

/**
 * A whole number of minutes within `range`, given as a number or an attribute string; undefined
 * for anything else. Only plain decimal integers count: `"1e3"`, `"60.5"`, `" "` and `"0x10"` are
 * not silently coerced.
 */
export function wholeMinutes(value: unknown, range: MinutesRange): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const minutes = /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(minutes) && minutes >= range.min && minutes <= range.max ? minutes : undefined;
}
