/*
 * What Stryker runs for src/api (stryker.config.mjs): every Node suite of the API clients,
 * in one process. Not part of `npm test`, which runs the files themselves.
 */
import { loadSuites } from './load-suites.js';

await loadSuites('test/api-node');
