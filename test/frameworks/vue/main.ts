import 'totp-enroll';
import type {} from 'totp-enroll/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { recordingClient, type MountApp } from '../shared/recording-client.js';

export const mount: MountApp = async (target) => {
  const client = recordingClient();
  const app = createApp(App, { client });
  app.mount(target);
  return { client, unmount: () => app.unmount() };
};
