import 'totp-enroll';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component.js';
import { recordingClient, type MountApp } from '../shared/recording-client.js';

export const mount: MountApp = async (target) => {
  const client = recordingClient();
  const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
  const host = target.appendChild(document.createElement('totp-app'));
  const component = createComponent(AppComponent, { environmentInjector: app.injector, hostElement: host });
  component.setInput('client', client);
  app.attachView(component.hostView);
  component.changeDetectorRef.detectChanges();
  return { client, unmount: () => app.destroy() };
};
