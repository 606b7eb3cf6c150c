import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/** What each element's shadow root has adopted so far, beyond nothing: its own styles, then each chunk's. */
const adopted = new WeakMap<LitElement, CSSResultOrNative[]>();

/**
 * Adds a lazy chunk's styles to the element's shadow root, after its own and any other chunk's:
 * the setup's and the "on" state's chunks load in either order (Replace opens the setup from the
 * "on" state), and neither may drop the other's styles, as a plain `adoptStyles` would.
 */
export function adoptMoreStyles(element: LitElement, styles: readonly CSSResultOrNative[]): void {
  const all = adopted.get(element) ?? [...(element.constructor as typeof LitElement).elementStyles];
  for (const style of styles) if (!all.includes(style)) all.push(style);
  adopted.set(element, all);
  adoptStyles(element.renderRoot as ShadowRoot, all);
}
