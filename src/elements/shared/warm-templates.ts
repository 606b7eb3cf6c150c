import { render, type TemplateResult } from 'lit';

/** What has been prepared on this page: Lit keeps a prepared template for the page's lifetime. */
const warmed = new Set<string>();

/**
 * Lit parses a template's HTML and finds its parts the first time it renders it. Done after an
 * answer, that stands between the answer and the screen it brings (on the phone profile at ×4 CPU,
 * more than half of the script time from Create's answer to the QR). Called as a request leaves,
 * this prepares `views` while the request is on the network, once per page and `key`: the screens
 * the answer will show, rendered with stand-in data (read when the page is idle) into a document
 * with no browsing context, so nothing in them loads (an image), shows or stays. The real render
 * then only clones and fills them.
 */
export function warmTemplates(key: string, views: () => readonly TemplateResult[]): void {
  if (warmed.has(key) || typeof document === 'undefined') return;
  warmed.add(key);
  const warm = () => {
    const scratch = document.implementation.createHTMLDocument('');
    for (const view of views()) render(view, scratch.body.appendChild(scratch.createElement('div')), { creationScope: scratch });
  };
  // After the busy state is painted; a browser without requestIdleCallback (Safari) waits a frame or so.
  if ('requestIdleCallback' in globalThis) requestIdleCallback(warm, { timeout: 100 });
  else setTimeout(warm, 20);
}
