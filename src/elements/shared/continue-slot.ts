import { html, type TemplateResult } from 'lit';
import type { NodeRef } from './focus-after-render.js';

/*
 * The success screens' way on: both elements render the page's own action (a Continue button or
 * link, `slot="continue"`) under the success message, and nowhere else — a child with that slot
 * stays hidden until then. Only the success screens' lazy chunks load this.
 */

/** What can take focus in a slotted action: itself, or the first such node inside it. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The slot: its own node only, so an empty one adds no gap to the card's grid. */
export const continueSlot: TemplateResult = html`<slot name="continue"></slot>`;

/**
 * Where focus lands on a success screen: the page's action in the `continue` slot (one Enter to go
 * on), else the screen's `heading`. Read after the render, as FocusAfterRender does.
 */
export function continueOrHeading(element: { readonly renderRoot?: ParentNode }, heading: NodeRef): NodeRef {
  return {
    get value() {
      const slot = element.renderRoot?.querySelector<HTMLSlotElement>('slot[name="continue"]');
      for (const node of slot?.assignedElements({ flatten: true }) ?? []) {
        const target = node.matches(FOCUSABLE) ? node : node.querySelector(FOCUSABLE);
        if (target instanceof HTMLElement) return target;
      }
      return heading.value;
    },
  };
}
