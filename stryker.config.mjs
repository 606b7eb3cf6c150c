// @ts-check
/** Where the HTML and JSON reports go; another directory lets two partial runs proceed side by side. */
const reportDir = process.env.MUTATION_REPORT_DIR ?? 'reports/mutation';

/**
 * `npm run mutation` (scripts/mutation.mjs): StrykerJS over the API clients and the local
 * backend + bridge, with the Node test suites (node:test + tsx, through the tap runner).
 * Each mutant runs only the suites whose dry run reached it; a suite stops at its first failure.
 * StrykerJS 10 needs Node 22: on Node 20 this is 9.6.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'tap',
  // In the sandbox, after instrumenting: the TypeScript transpiled to .mutation-build/, so each
  // mutant's run starts plain Node rather than Node + tsx (scripts/mutation-build.mjs).
  buildCommand: 'node scripts/mutation-build.mjs',
  tap: {
    // One process per part rather than per file: each file costs a Node start-up, and nearly
    // every backend file reaches nearly all of the backend (see test/mutation/).
    testFiles: ['.mutation-build/test/mutation/*.entry.js'],
    nodeArgs: [],
    forceBail: true,
  },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/api/**/*.ts',
    'src/server/**/*.ts',
    // Types and re-exports only: nothing to mutate that a test could notice.
    '!src/api/types.ts',
    '!src/api/index.ts',
    '!src/server/index.ts',
    '!src/server/local/store.ts',
    '!src/server/local/records.ts',
    '!src/server/local/context.ts',
    '!src/server/bridge/context.ts',
    '!src/server/bridge/options.ts',
  ],
  // Copy only what the Node suites read into the sandbox (node_modules is linked, not copied).
  ignorePatterns: ['/*', '!/src', '!/test', '!/scripts', '!/package.json', '!/tsconfig.json', '/test/*',
    '!/test/api', '/test/api/*', '!/test/api/node', '!/test/server', '!/test/support', '!/test/mutation', '/src/elements', '/src/frameworks',
    '/scripts/*', '!/scripts/mutation-build.mjs'],
  concurrency: 2,
  // A mutant that hangs (an endless loop) is cut off at 1.5 × its tests' time in the dry run
  // + 2.5 s + the dry run's start-up overhead: about twice a normal run, on an idle machine.
  timeoutFactor: 1.5,
  timeoutMS: 2_500,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
