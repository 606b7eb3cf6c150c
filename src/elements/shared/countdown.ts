import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts down to a moment, re-rendering its host on each whole second and calling
 * `onZero` once when the moment comes. Stops when the host disconnects.
 */
export class Countdown implements ReactiveController {
  private until = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly onZero: () => void = () => {}) {
    host.addController(this);
  }

  /** Whole seconds left, rounded up; 0 once the moment has come or when not running. */
  get seconds(): number {
    return this.timer === undefined ? 0 : Math.max(0, Math.ceil((this.until - Date.now()) / 1000));
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(until: number): void {
    this.stop();
    this.until = until;
    this.tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private readonly tick = (): void => {
    const left = this.until - Date.now();
    if (left <= 0) {
      this.stop();
      this.host.requestUpdate();
      this.onZero();
      return;
    }
    // Wake on the next whole second, so the number shown changes when it should.
    this.timer = setTimeout(this.tick, left % 1000 || 1000);
    this.host.requestUpdate();
  };
}
