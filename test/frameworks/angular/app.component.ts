import { CUSTOM_ELEMENTS_SCHEMA, Component, input, signal } from '@angular/core';
import type { TotpCreatedEvent, UserChangeEvent } from 'totp-enroll';
import type { RecordingClient } from '../shared/recording-client.js';

/**
 * With strict templates Angular types `$event` from the element's `HTMLElementEventMap` entries
 * (events.ts): `(totp-created)` hands `showCreated` a `TotpCreatedEvent`, and a handler taking the
 * wrong event class fails `ng build`.
 */
@Component({
  selector: 'totp-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <totp-enroll expiration-minutes="10" [client]="client()"
      (totp-created)="showCreated($event)" (user-change)="showUser($event)"></totp-enroll>
    <p>Created: <output data-test="created">{{ created() }}</output></p>
    <p>User: <output data-test="user">{{ user() }}</output></p>
  `,
})
export class AppComponent {
  readonly client = input.required<RecordingClient>();
  protected readonly created = signal('');
  protected readonly user = signal('');

  protected showCreated(event: TotpCreatedEvent): void {
    this.created.set(event.detail.totp_id);
  }

  protected showUser(event: UserChangeEvent): void {
    this.user.set(event.detail.user?.user_id ?? '');
  }
}
