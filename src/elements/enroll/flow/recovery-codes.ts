import type { SavedCodesBy } from '../events.js';
import type { EnrollmentFlow } from './enrollment-flow.js';
import { CopyFeedback } from './platform/copy-feedback.js';
import { downloadText } from './platform/download.js';
import { printText } from './platform/print.js';
import { recoveryCodesFileName, recoveryCodesText } from './recovery-file.js';

/**
 * The "Save recovery codes" step: copy, download, print, and whether the user has saved
 * them — Finish stays disabled until they have, or say so.
 */
export class RecoveryCodes {
  /** What the copy buttons show; shared with the setup key's button on the Scan step. */
  readonly copies: CopyFeedback;
  /** How the codes were saved first; `confirmed` when only the checkbox was ticked. */
  savedBy: SavedCodesBy | null = null;
  confirmed = false;

  constructor(private readonly flow: EnrollmentFlow) {
    this.copies = new CopyFeedback(flow.host);
  }

  get canFinish(): boolean {
    return this.savedBy !== null || this.confirmed;
  }

  reset(): void {
    this.copies.clear();
    this.savedBy = null;
    this.confirmed = false;
  }

  /** Copies `text` for the button `key`, announcing "Copied"; selects `visible` when the clipboard refuses. */
  async copy(key: string, text: string, visible: Element | undefined): Promise<boolean> {
    const copied = await this.copies.copy(key, text, visible);
    const t = this.flow.t;
    this.flow.announcer.announce(copied ? t.copied : t.pressToCopy(this.copies.manual?.keys ?? 'Ctrl+C'));
    return copied;
  }

  async copyAll(): Promise<void> {
    const codes = this.flow.enrollment?.created.recovery_codes;
    if (codes && await this.copy('all', codes.join('\n'), this.flow.refs.codes.value)) this.saved('copied');
  }

  download(): void {
    const file = this.file();
    if (!file) return;
    downloadText(file.name, file.text);
    this.flow.announcer.announce(this.flow.t.downloaded);
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
    this.flow.host.requestUpdate();
  }

  finish(): void {
    if (this.canFinish) this.flow.finish(this.savedBy ?? 'confirmed');
  }

  private saved(by: SavedCodesBy): void {
    this.savedBy ??= by;
    this.flow.host.requestUpdate();
  }

  private file(): { name: string; text: string } | undefined {
    const enrollment = this.flow.enrollment;
    if (!enrollment) return undefined;
    const t = this.flow.t;
    return {
      name: recoveryCodesFileName(t, enrollment.issuer),
      text: recoveryCodesText(t, enrollment, enrollment.created.recovery_codes, this.flow.locale),
    };
  }
}
