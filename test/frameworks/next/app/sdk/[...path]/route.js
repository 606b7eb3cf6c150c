// The package's local backend (totp-enroll/server) answering the element's SDK requests on this
// origin, as a Next.js route handler; demo user, so the page enrolls without a sign-in.
import { createStytchBackend } from 'totp-enroll/server';

export const dynamic = 'force-dynamic';

const backend = createStytchBackend({ demoUser: true });
const handle = (request) => backend.fetch(request);
export { handle as GET, handle as POST, handle as DELETE, handle as OPTIONS };
