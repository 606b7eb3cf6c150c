/*
 * What Stryker runs for src/server (stryker.config.mjs): the Node suites of both servers and their
 * shared parts in one process, the quick ones first (a mutant stops at its first failing test),
 * the parallel abuse last. Left out: local/concurrency.test.ts (its 1,000-user enrolment takes
 * ~12 s, per mutant; what it guards, interleaving, is not something a mutant changes), the
 * bridge's TLS suite (bridge.entry.ts) and runtime-neutral.test.ts (a build check, no behaviour).
 */
import { loadSuites } from './load-suites.js';

await loadSuites('test/server', {
  first: ['local/memory-store', 'local/request-guards', 'local/callers', 'local/create', 'local/authenticate'],
  last: ['local/abuse'],
  // bridge-timeouts waits out real timeouts (seconds per run): it runs in bridge.entry.ts, only for the mutants it reaches.
  skip: ['local/concurrency', 'bridge/bridge', 'bridge/bridge-timeouts', 'runtime-neutral'],
});
