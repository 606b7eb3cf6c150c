/**
 * Warnings for the page's developer about a setup that silently degrades (a token not sent):
 * one line per cause and page, not one per request. The key names the cause; the message
 * must never hold a token or a cookie value.
 */
const warned = new Set<string>();

export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}
