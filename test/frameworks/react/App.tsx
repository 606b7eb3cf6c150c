import { useState } from 'react';
import type { TotpCreatedEvent, UserChangeEvent } from 'totp-enroll';
import type {} from 'totp-enroll/react';
import type { RecordingClient } from '../shared/recording-client.js';

export function App({ client }: { client: RecordingClient }) {
  const [created, setCreated] = useState('');
  const [user, setUser] = useState('');
  return (
    <>
      <totp-enroll
        expiration-minutes="10"
        client={client}
        ontotp-created={(event: TotpCreatedEvent) => setCreated(event.detail.totp_id)}
        onuser-change={(event: UserChangeEvent) => setUser(event.detail.user?.user_id ?? '')}
      />
      <p>Created: <output data-test="created">{created}</output></p>
      <p>User: <output data-test="user">{user}</output></p>
    </>
  );
}
