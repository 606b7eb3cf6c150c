import type { ReactiveControllerHost } from 'lit';

/** The text of the element's polite live region: each `announce` is read out, even a repeated one. */
export class Announcer {
  text = '';
  #frame = 0;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  announce(text: string): void {
    // Re-setting the same text would not be announced again: clear first, set on the next frame.
    cancelAnimationFrame(this.#frame);
    this.text = '';
    this.#host.requestUpdate();
    this.#frame = requestAnimationFrame(() => {
      this.text = text;
      this.#host.requestUpdate();
    });
  }

  clear(): void {
    cancelAnimationFrame(this.#frame);
    this.text = '';
    this.#host.requestUpdate();
  }
}
