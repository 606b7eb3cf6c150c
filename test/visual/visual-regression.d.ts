/*
 * The package's index.d.ts re-exports './browser/commands.mjs', whose types are in commands.d.ts
 * (not .d.mts), so TypeScript finds no exports: the one function this suite uses, typed here.
 */
export {};
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline called `name`; rejects with the difference. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
