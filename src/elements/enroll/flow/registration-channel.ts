/** What one element tells the others on the same origin when it creates a registration (never the secret). */
interface CreatedNotice {
  user_id: string;
  totp_id: string;
}

const CHANNEL = 'totp-enroll';

/**
 * Hears about registrations created by other elements on this origin (another tab, another
 * window): a newer one replaces this one's at the backend, so its codes stop working.
 */
export class RegistrationChannel {
  private channel: BroadcastChannel | null = null;

  /** Listens; `onReplaced` runs when another element creates a registration for `userId`. */
  listen(userId: string, totpId: string, onReplaced: () => void): void {
    this.close();
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = ({ data }: MessageEvent<CreatedNotice>) => {
      if (data?.user_id === userId && data.totp_id !== totpId) onReplaced();
    };
  }

  /** Tells the other elements about a registration this one created. */
  static announce(notice: CreatedNotice): void {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ user_id: notice.user_id, totp_id: notice.totp_id } satisfies CreatedNotice);
    channel.close();
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}
