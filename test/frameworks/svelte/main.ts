import 'totp-enroll';
import type {} from 'totp-enroll/svelte';
import { mount as mountComponent, unmount } from 'svelte';
import App from './App.svelte';
import { recordingClient, type MountApp } from '../shared/recording-client.js';

export const mount: MountApp = async (target) => {
  const client = recordingClient();
  const app = mountComponent(App, { target, props: { client } });
  return { client, unmount: () => void unmount(app) };
};
