/*
 * What Stryker runs for src/api (stryker.config.mjs): every Node suite of the API clients,
 * in one process. Not part of `npm test`, which runs the files themselves.
 */
await import('./load-suites.js').then(({ loadSuites }) => loadSuites('test/api-node'));
