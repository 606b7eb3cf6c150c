import type { ReactiveControllerHost } from 'lit';
import type { SetupStrings } from '../../strings.js';
import { copyText, copyKeys, selectText } from './clipboard.js';

/** How long a copy button says "Copied". */
export const COPIED_MS = 2000;

/** What the copy buttons need from the flow: the words, and the live region. */
export interface CopyFeedbackOptions {
  strings(): Pick<SetupStrings, 'copied' | 'pressToCopy'>;
  announce(text: string): void;
}

/**
 * Copies for the copy buttons (the setup key's, "Copy all") and remembers what each shows:
 * "Copied" for two seconds after a copy, or a "Press Ctrl+C" hint when the clipboard refused
 * and the visible text was selected instead. Each outcome is also announced.
 */
export class CopyFeedback {
  /** The key of the button that copied last, while it says "Copied". */
  copied: string | null = null;
  /** The key of the button whose text is selected for a manual copy, and the keys to press. */
  manual: { key: string; keys: string } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: CopyFeedbackOptions) {}

  /** Resolves true when the text reached the clipboard. `visible`: what to select if it did not. */
  async copy(key: string, text: string, visible: Element | undefined): Promise<boolean> {
    this.clear();
    let copied = true;
    try {
      await copyText(text);
    } catch {
      if (visible) selectText(visible);
      this.manual = { key, keys: copyKeys() };
      copied = false;
    }
    if (copied) {
      this.copied = key;
      this.timer = setTimeout(() => this.clear(), COPIED_MS);
    }
    this.host.requestUpdate();
    const t = this.options.strings();
    this.options.announce(copied ? t.copied : t.pressToCopy(this.manual?.keys ?? 'Ctrl+C'));
    return copied;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.copied = null;
    this.manual = null;
    this.host.requestUpdate();
  }
}
