/*
 * The demo `npm start` shows: one lifecycle first (demo/lifecycle.ts), then collapsed sections for
 * theming, languages, the event log and the Stytch SDK client. Everything runs on the dev server's
 * local stand-in for Stytch (vite.config.ts).
 */
import '../src/index.js';
import '../src/challenge.js';
import { authenticator } from './authenticator.js';
import { eventLog } from './event-log.js';
import { languageSwitch } from './languages.js';
import { lifecycle } from './lifecycle.js';
import { sdkExample } from './sdk-example.js';
import { themeSwitch } from './themes.js';

const log = eventLog(document.querySelector('#log')!, document.querySelector('#clear-log')!);
const phone = authenticator(document.querySelector('#phone')!);
const themes = themeSwitch(document.querySelector('#theme-choices')!, () => story.elements().forEach(themes.apply));
const story = lifecycle({ log, phone, decorate: (element) => themes.apply(element) });

languageSwitch(document.querySelector('#language-choices')!, ({ lang, dir }) => {
  story.slot.lang = lang;
  story.slot.dir = dir;
  // The elements read their language at render time; a changed ancestor `lang` does not re-render them by itself.
  for (const element of story.elements()) (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
});

sdkExample(document.querySelector('#sdk-example')!, document.querySelector('#sdk-slot')!, (element) => log.watch(element));

void story.resume();
