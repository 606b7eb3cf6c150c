import type { ReactiveControllerHost } from 'lit';
import { queried } from '../../shared/focus-after-render.js';
import type { SavedCodesBy } from '../events.js';
import type { SetupStrings } from '../strings.js';
import { downloadText } from './platform/download.js';
import { printText } from './platform/print.js';
import { recoveryCodesFileName, recoveryCodesText, type CodesOwner } from './recovery-file.js';

/** The codes on screen, and whose they are (for the file's header). */
export interface ShownCodes extends CodesOwner {
  readonly codes: readonly string[];
}

/** What the "Save recovery codes" step (and "View recovery codes") needs from its owner. */
export interface RecoveryCodesOptions {
  strings(): SetupStrings;
  locale(): string;
  announce(text: string): void;
  /** The codes shown, or none. */
  shown(): ShownCodes | null;
  /** Copies for a copy button; resolves true when the text reached the clipboard. */
  copy(key: string, text: string, visible: Element | undefined): Promise<boolean>;
  /** The user finished, having saved the codes this way. */
  finished(savedBy: SavedCodesBy): void;
}

/**
 * The "Save recovery codes" step: copy, download, print, and whether the user has saved
 * them — Finish stays disabled until they have, or say so.
 */
export class RecoveryCodes {
  /** How the codes were saved first; `confirmed` when only the checkbox was ticked. */
  private savedBy: SavedCodesBy | null = null;
  confirmed = false;

  /** The list as shown (the Save-codes step's or "View recovery codes"'): what a manual copy selects. */
  readonly #list;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot?: ParentNode }, private readonly options: RecoveryCodesOptions) {
    this.#list = queried(host, 'ul.codes');
  }

  get canFinish(): boolean {
    return this.savedBy !== null || this.confirmed;
  }

  reset(): void {
    this.savedBy = null;
    this.confirmed = false;
  }

  /**
   * "Copy all": the downloaded file's text, header and all (service, account, date, "each code works
   * once"), so pasted codes say whose they are; the list as shown is selected when the clipboard refuses.
   */
  async copyAll(): Promise<void> {
    const file = this.file();
    if (file && await this.options.copy('all', file.text, this.#list.value ?? undefined)) this.saved('copied');
  }

  download(): void {
    const file = this.file();
    if (!file) return;
    downloadText(file.name, file.text);
    this.options.announce(this.options.strings().downloaded);
    this.saved('downloaded');
  }

  print(): void {
    const file = this.file();
    if (!file) return;
    printText(file.name, file.text);
    this.saved('printed');
  }

  setConfirmed(confirmed: boolean): void {
    this.confirmed = confirmed;
    this.host.requestUpdate();
  }

  finish(): void {
    if (this.canFinish) this.options.finished(this.savedBy ?? 'confirmed');
  }

  private saved(by: SavedCodesBy): void {
    this.savedBy ??= by;
    this.host.requestUpdate();
  }

  /** The codes as a file (Download, Print) and as copied text: one header, made by recovery-file.ts. */
  private file(): { name: string; text: string } | undefined {
    const shown = this.options.shown();
    if (!shown) return undefined;
    const t = this.options.strings();
    return {
      name: recoveryCodesFileName(t, shown.issuer),
      text: recoveryCodesText(t, shown, shown.codes, this.options.locale()),
    };
  }
}
