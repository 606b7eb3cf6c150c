import 'totp-enroll';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { flushSync } from 'react-dom';
import { App } from './App.js';
import { recordingClient, type MountApp } from '../shared/recording-client.js';

export const mount: MountApp = async (target) => {
  const client = recordingClient();
  const root = createRoot(target);
  flushSync(() => root.render(<App client={client} />));
  return { client, unmount: () => root.unmount() };
};

/**
 * As a server-rendering app starts: the server's HTML first (here `renderToString` in the page),
 * then `hydrateRoot` over it.
 */
export const hydrate: MountApp = async (target) => {
  const client = recordingClient();
  target.innerHTML = renderToString(<App client={client} />);
  const root = hydrateRoot(target, <App client={client} />);
  return { client, unmount: () => root.unmount() };
};
