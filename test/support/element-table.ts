/*
 * The start of every row in the suites that run over both elements (test/a11y, test/i18n,
 * test/theming): which element, its named states, and a way into each. Each element's
 * states.ts exports its row start; each suite adds what it checks.
 */
import type { TemplateResult } from 'lit';
import type { TestedElement } from './element-harness.js';

export interface ElementStates<State extends string = string, E extends TestedElement = TestedElement> {
  tag: string;
  /** Every visible state, by a name a test title reads well with. */
  states: readonly State[];
  /** A fresh element in `state`, inside `template`'s wrapper when it has one. */
  in(state: State, template?: TemplateResult): Promise<E>;
}
