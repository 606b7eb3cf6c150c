/** Opens the print dialog of a window; replaced in tests, where no dialog can open. */
export const printer = {
  print(view: Window): void {
    view.print();
  },
};

/**
 * Prints `text` alone — not the page around the element — from a hidden frame that is
 * removed once printing is done.
 */
export function printText(title: string, text: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;inline-size:1px;block-size:1px;border:0';
  document.body.append(frame);
  const view = frame.contentWindow;
  if (!view) return frame.remove();
  const page = view.document;
  page.title = title;
  const pre = page.createElement('pre');
  pre.style.cssText = 'font:14pt/1.6 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap';
  pre.textContent = text;
  page.body.append(pre);
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  printer.print(view);
}
