/**
 * Writes text to the clipboard. Rejects when the browser refuses (no permission,
 * Safari's NotAllowedError outside a gesture, an insecure context): the caller then
 * selects the text so the user can copy it by hand.
 */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('The Clipboard API is not available here.');
  await navigator.clipboard.writeText(text);
}

/** Selects the text of `node` (inside a shadow root too) for a manual copy. */
export function selectText(node: Node): void {
  const selection = getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The keys that copy a selection here: ⌘C on Apple devices, Ctrl+C elsewhere. */
export function copyKeys(): string {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘C' : 'Ctrl+C';
}
