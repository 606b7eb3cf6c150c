/*
 * What Stryker runs for src/api (stryker.config.mjs): every Node suite of the API clients,
 * in one process, the ones without servers first. Not part of `npm test`, which runs the files themselves.
 */
import { loadSuites } from './load-suites.js';

await loadSuites('test/api/node', {
  first: ['validate', 'settings', 'otpauth-uri', 'abort', 'fixes'],
  last: ['clients'],
});
