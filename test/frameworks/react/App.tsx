import { useState } from 'react';
import { TotpEnroll } from 'totp-enroll/react';
import type { RecordingClient } from '../shared/recording-client.js';

/** The React wrapper (`@lit/react`): props become properties, `onTotpCreated` a listener. */
export function App({ client }: { client: RecordingClient }) {
  const [created, setCreated] = useState('');
  const [user, setUser] = useState('');
  return (
    <>
      <TotpEnroll
        expirationMinutes={10}
        client={client}
        onTotpCreated={(event) => setCreated(event.detail.totp_id)}
        onUserChange={(event) => setUser(event.detail.user?.user_id ?? '')}
      >
        {/* The page's way on, under "Done" only: a child with the slot's name, as in HTML. */}
        <a slot="continue" href="#account">Continue</a>
      </TotpEnroll>
      <p>Created: <output data-test="created">{created}</output></p>
      <p>User: <output data-test="user">{user}</output></p>
    </>
  );
}
