/** A whole number as the language writes it (`1,234`, `1.234`, `١٬٢٣٤`): seconds, codes left. */
export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
