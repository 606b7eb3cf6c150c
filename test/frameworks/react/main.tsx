import 'totp-enroll';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from './App.js';
import { recordingClient, type MountApp } from '../shared/recording-client.js';

export const mount: MountApp = async (target) => {
  const client = recordingClient();
  const root = createRoot(target);
  flushSync(() => root.render(<App client={client} />));
  return { client, unmount: () => root.unmount() };
};
