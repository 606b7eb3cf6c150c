import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A node a view renders, reached through a `ref()` or a query of that view: `value` is the node, if rendered. */
export interface NodeRef<T extends Element = HTMLElement> {
  readonly value?: T | null | undefined;
}

/** A node found by `selector` in `element`'s shadow root, for the view that renders it to declare once. */
export function queried<T extends Element = HTMLElement>(element: { readonly renderRoot?: ParentNode }, selector: string): NodeRef<T> {
  return {
    get value() {
      return element.renderRoot?.querySelector<T>(selector);
    },
  };
}

/**
 * Moves focus to a node once the next render is done — but only when focus is in the element
 * now: an autostart or a timer must not pull focus from the page.
 */
export class FocusAfterRender implements ReactiveController {
  #target: NodeRef | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** `byUser`: the user's own action asked for it (a click), so focus moves even from outside. */
  request(target: NodeRef, byUser = false): void {
    if (byUser || this.#host.matches(':focus-within')) this.#target = target;
  }

  hostUpdated(): void {
    const target = this.#target?.value;
    this.#target = null;
    target?.focus();
  }
}
