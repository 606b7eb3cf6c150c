/**
 * The import graph's rules, checked by `npm test` (scripts/test.mjs runs
 * `depcruise src --config .dependency-cruiser.cjs --ignore-known`). Type-only imports count
 * too: a cycle through types still ties two files together for whoever reads or tests one.
 * `.dependency-cruiser-known-violations.json` (made by `npx depcruise-baseline src --config
 * .dependency-cruiser.cjs`) lists what predates the rules: src/server/bridge's one type cycle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles: a view takes a view model, a sub-controller gets callbacks, not its owner.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-serves-any-element',
      comment: 'src/elements/shared holds what both elements use: nothing there may know which element it serves.',
      severity: 'error',
      from: { path: '^src/elements/shared/' },
      to: { path: '^src/elements/(enroll|challenge)/' },
    },
    {
      name: 'elements-apart',
      comment: 'Neither element imports the other: what both need lives in shared/ or i18n/, so a page with one element never loads the other.',
      severity: 'error',
      from: { path: '^src/elements/(enroll|challenge)/' },
      to: { path: '^src/elements/(enroll|challenge)/', pathNot: '^src/elements/$1/' },
    },
    {
      name: 'elements-without-server',
      comment: 'The browser code never imports the server (which holds secrets and Node-only code).',
      severity: 'error',
      from: { path: '^src/elements/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-without-elements',
      comment: 'The server never imports the elements (no DOM code on the server).',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/elements/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
