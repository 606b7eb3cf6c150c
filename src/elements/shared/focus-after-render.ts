import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Ref } from 'lit/directives/ref.js';

/**
 * Moves focus to a node once the next render is done — but only when focus is in the element
 * now: an autostart or a timer must not pull focus from the page.
 */
export class FocusAfterRender implements ReactiveController {
  private target: Ref<HTMLElement> | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  request(target: Ref<HTMLElement>): void {
    if (this.host.matches(':focus-within')) this.target = target;
  }

  hostUpdated(): void {
    const target = this.target?.value;
    this.target = null;
    target?.focus();
  }
}
