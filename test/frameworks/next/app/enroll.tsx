'use client';
// The page's client component: <TotpEnroll> from totp-enroll/react with a client of the page's
// own that counts its Create calls (so the test sees this client was used, not a default one),
// and the events shown through React state. Typed from `totp-enroll/react` and `/api` alone, as an
// app imports them: `next build` type-checks it (tsconfig.json as create-next-app writes it, strict),
// and stopped at `event.detail` ("Property 'detail' does not exist on type 'Event'") while the
// package's declarations did not load the elements' event map.
import { useEffect, useState } from 'react';
import { TotpEnroll } from 'totp-enroll/react';
import { HttpTotpApi } from 'totp-enroll/api';
import type { CreateTotpParams, TotpApi } from 'totp-enroll/api';

function countingClient(onCreate: (params: CreateTotpParams) => void): TotpApi {
  const http = new HttpTotpApi();
  return {
    create(params, options) {
      onCreate(params);
      return http.create(params, options);
    },
    authenticate: (params, options) => http.authenticate(params, options),
  };
}

export function Enroll() {
  const [creates, setCreates] = useState<CreateTotpParams[]>([]);
  const [client] = useState(() => countingClient((params) => setCreates((list) => [...list, params])));
  const [created, setCreated] = useState('');
  const [user, setUser] = useState('');
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <section data-hydrated={hydrated ? 'yes' : 'no'}>
      <TotpEnroll
        expirationMinutes={10}
        client={client}
        onTotpCreated={(event) => setCreated(event.detail.totp_id)}
        onUserChange={(event) => setUser(event.detail.user?.user_id ?? '')}
      />
      <p>Created: <output data-test="created">{created}</output></p>
      <p>User: <output data-test="user">{user}</output></p>
      <p>Creates through the page&apos;s client: <output data-test="creates">{JSON.stringify(creates)}</output></p>
    </section>
  );
}
