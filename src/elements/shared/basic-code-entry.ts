import type { ReactiveControllerHost } from 'lit';
import type { FocusAfterRender, NodeRef } from './focus-after-render.js';

/** What a code field's state needs from its element: the field, its live region and focus. */
export interface BasicCodeEntryOptions {
  /** The field, as the code field view rendered it (`codeFieldOf`). */
  readonly field: NodeRef<HTMLInputElement>;
  announce(text: string): void;
  readonly focus: FocusAfterRender;
}

/**
 * A code field's state before any answer from the backend: what it holds, the message under it,
 * and the field cleared, focused and selected as needed. What a refused code does (misses, the
 * clock hint, a lockout) is {@link CodeEntry}'s, which extends it: `<totp-challenge>`'s first
 * screen holds this one and takes a `CodeEntry` with the chunk that sends the code.
 */
export class BasicCodeEntry {
  readonly field: NodeRef<HTMLInputElement>;
  /** The last message shown ('' when none); `CodeEntry` clears it when a lockout ends. */
  protected error = '';

  constructor(protected readonly host: ReactiveControllerHost, protected readonly options: BasicCodeEntryOptions) {
    this.field = options.field;
  }

  /** What the field holds now, as typed or pasted. */
  get value(): string {
    return this.field.value?.value ?? '';
  }

  /** Verify is disabled: never before a refused code (see `CodeEntry`). */
  get locked(): boolean {
    return false;
  }

  /** The message under the field ('' when none). */
  get message(): string {
    return this.error;
  }

  /** The user typed: a message about the previous code goes (a lockout's stays). */
  input(): void {
    if (this.locked || !this.error) return;
    this.error = '';
    this.host.requestUpdate();
  }

  /** A check of the code starts: the message about the last one goes. */
  checking(): void {
    this.error = '';
    this.host.requestUpdate();
  }

  /** Says `message` under the field and out loud, and selects what was typed for another try. */
  show(message: string): void {
    this.error = message;
    this.host.requestUpdate();
    this.options.announce(message);
    this.options.focus.request(this.field);
    this.field.value?.select();
  }

  /** Another kind of code (the other field): its message goes (a lockout's stays) and the field empties. */
  switched(): void {
    if (!this.locked) this.error = '';
    this.clear();
  }

  /** Empties the field: what was typed is not kept. */
  clear(): void {
    const input = this.field.value;
    if (input) input.value = '';
  }

  /** Back to an untouched field: no message. */
  reset(): void {
    this.error = '';
    this.clear();
  }
}
