import { defineConfig, type Plugin } from 'vite';
import { createStytchBackend, createStytchBridge, seedUserSession, type StytchBackend } from './src/server/index.js';
import { nodeMiddleware } from './src/server/node.js';
import { demoSignInRoutes } from './demo/sign-in.js';

/**
 * What answers `/sdk/v1/…` on the dev server: the bridge to real Stytch when the project's
 * credentials are in the environment, otherwise the local Stytch-compatible backend, so
 * `npm install && npm start` works with no account and no network.
 * `ALLOWED_ORIGINS` (comma-separated) lets pages on other dev ports call it with credentials.
 */
function stytchApi(): { handler: (request: Request) => Promise<Response>; banner: string; backend?: StytchBackend } {
  const projectId = process.env.STYTCH_PROJECT_ID;
  const secret = process.env.STYTCH_SECRET;
  const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  if (projectId && secret) {
    return {
      handler: createStytchBridge({ projectId, secret, allowedOrigins }).fetch,
      // The project id says which project; the secret is never printed.
      banner: `totp-enroll demo: bridge to Stytch (project ${projectId}) via the stytch package`,
    };
  }
  // The demo's backend is meant to forget: a `vite preview` or `NODE_ENV=production npm start`
  // runs it under NODE_ENV=production, so it says so rather than tripping the production guard.
  const backend = createStytchBackend({ demoUser: true, allowedOrigins, allowMemoryStoreInProduction: true });
  return {
    handler: backend.fetch,
    banner: 'totp-enroll demo: local Stytch-compatible backend (no account, no network)',
    backend,
  };
}

function stytchApiPlugin(): Plugin {
  const { handler, banner, backend } = stytchApi();
  // The demo's first factor (a "Sign in" button): only on this dev server, only with the local backend.
  const signIn = backend
    ? nodeMiddleware(demoSignInRoutes(
      (email, userId) => seedUserSession(backend, { email, userId }),
      (userId) => backend.store.getTotp(userId)?.verified === true,
    ), { prefix: '/__demo__/' })
    : undefined;
  let announced = false;
  const announce = () => {
    if (!announced) console.log(banner);
    announced = true;
  };
  return {
    name: 'stytch-api',
    configureServer(server) {
      announce();
      if (signIn) server.middlewares.use(signIn);
      server.middlewares.use(nodeMiddleware(handler));
    },
    configurePreviewServer(server) {
      announce();
      server.middlewares.use(nodeMiddleware(handler));
    },
  };
}

export default defineConfig({
  plugins: [stytchApiPlugin()],
  // Vite's own CORS middleware runs before any plugin's and answers every preflight itself,
  // without Access-Control-Allow-Credentials, so a page on another port (the Stytch SDK sends
  // credentials) could never call the backend. Off here: the backend answers its own CORS,
  // for its allow-list only. Nothing else on the dev server needs cross-origin access.
  server: { host: '127.0.0.1', port: 5173, cors: false },
  preview: { host: '127.0.0.1', port: 4173, cors: false },
  // Keep the banner above on screen: it says which backend answers.
  clearScreen: false,
});
