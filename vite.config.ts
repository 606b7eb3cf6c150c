import { defineConfig, type Plugin } from 'vite';
import { createStytchBackend } from './src/server/index.js';
import { nodeMiddleware } from './src/server/node.js';

/**
 * Mounts the local Stytch-compatible backend on the dev server, so `npm start` serves the
 * demo and answers `/sdk/v1/…` on the same origin with no account and no network.
 */
function localStytchBackend(): Plugin {
  const backend = createStytchBackend({ demoUser: true });
  return {
    name: 'local-stytch-backend',
    configureServer(server) {
      server.middlewares.use(nodeMiddleware(backend.fetch));
    },
    configurePreviewServer(server) {
      server.middlewares.use(nodeMiddleware(backend.fetch));
    },
  };
}

export default defineConfig({
  plugins: [localStytchBackend()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
