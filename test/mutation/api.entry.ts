/*
 * What Stryker runs for src/api (stryker.config.mjs): every Node suite of the API clients,
 * in one process, the ones without servers first. Not part of `npm test`, which runs the files themselves.
 */
import { loadSuites } from './load-suites.js';

await loadSuites('test/api-node', {
  first: ['validate.test.ts', 'settings.test.ts', 'otpauth-uri.test.ts', 'abort.test.ts', 'fixes.test.ts'],
  last: ['clients.test.ts'],
});
