import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Countdown } from '../../shared/countdown.js';
import { RegistrationChannel } from './registration-channel.js';
import { forgetRegistration, type Enrollment } from './registration.js';

/**
 * The registration between Create and its first code: the secrets it holds, the moment it
 * expires, and word from another tab that a newer one replaced it. `onEnd` hears of either.
 */
export class PendingRegistration implements ReactiveController {
  enrollment: Enrollment | null = null;
  private readonly expiry: Countdown;
  private readonly channel = new RegistrationChannel();

  constructor(host: ReactiveControllerHost, private readonly onEnd: (reason: 'expired' | 'replaced') => void) {
    host.addController(this);
    this.expiry = new Countdown(host, () => onEnd('expired'));
  }

  /** Holds a new registration: counts down to its expiry, listens for a newer one and tells the other tabs. */
  hold(enrollment: Enrollment): void {
    const { created } = enrollment;
    this.enrollment = enrollment;
    this.expiry.start(enrollment.expiresAt);
    this.channel.listen(created.user_id, created.totp_id, () => this.onEnd('replaced'));
    RegistrationChannel.announce(created);
  }

  /** Its code was accepted: it can no longer expire or be replaced. */
  confirmed(): void {
    this.expiry.stop();
    this.channel.close();
  }

  /** Forgets its secrets (a drawn QR code included) and stops listening. */
  forget(): void {
    this.confirmed();
    forgetRegistration(this.enrollment);
    this.enrollment = null;
  }

  hostDisconnected(): void {
    this.channel.close();
  }
}
