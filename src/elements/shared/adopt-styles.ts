import { adoptStyles, type CSSResult, type LitElement } from 'lit';

/**
 * Adds `styles` to what `element`'s shadow root already adopted: a lazy chunk brings the styles
 * of the screens it renders, so the first screen does not carry them.
 */
export function adoptMoreStyles(element: LitElement, styles: readonly CSSResult[]): void {
  adoptStyles(element.renderRoot as ShadowRoot, [...(element.constructor as typeof LitElement).elementStyles, ...styles]);
}
