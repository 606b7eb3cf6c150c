/*
 * What Stryker runs for src/server (stryker.config.mjs): the local backend's Node suites in one
 * process, the quick ones first (a mutant stops at its first failing test), the parallel abuse
 * last. Left out: concurrency.test.ts (its 1,000-user enrolment takes ~12 s, per mutant; what it
 * guards, interleaving, is not something a mutant changes) and the bridge's suite (bridge.entry.ts).
 */
import { loadSuites } from './load-suites.js';

await loadSuites('test/server', {
  first: ['memory-store', 'request-guards', 'callers', 'create', 'authenticate'],
  last: ['abuse'],
  skip: ['concurrency', 'bridge'],
});
