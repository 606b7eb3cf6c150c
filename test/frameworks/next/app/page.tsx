// A server component: rendered on the server on every request, the element inside it too.
import { Enroll } from './enroll';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Security settings</h1>
      <Enroll />
    </main>
  );
}
