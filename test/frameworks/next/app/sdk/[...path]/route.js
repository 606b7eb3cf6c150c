// The package's local backend (totp-enroll/server) answering the element's SDK requests on this
// origin, as a Next.js route handler; demo user, so the page enrolls without a sign-in.
import { createStytchBackend } from 'totp-enroll/server';

export const dynamic = 'force-dynamic';

// `next build` and `next start` run with NODE_ENV=production: this test app's backend is meant to
// forget, so it opts in to the memory store there (a real app uses createStytchBridge).
const backend = createStytchBackend({ demoUser: true, allowMemoryStoreInProduction: true });
const handle = (request) => backend.fetch(request);
export { handle as GET, handle as POST, handle as DELETE, handle as OPTIONS };
