import { css } from 'lit';

/** The "on" state's own styles, on top of the setup's (flow.styles.ts: headings, codes, actions), which its chunk shares. */
export const manageStyles = css`
  h2:focus { outline: none; }
  .on { color: var(--_success); display: flex; gap: 0.5rem; align-items: center; }
  .on svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .on h3 { color: var(--_text); }
  .notice { font-size: 0.9375rem; border-inline-start: 3px solid var(--_accent); padding-inline-start: 0.75rem; }
  .low { font-weight: 600; }
  /* One column of full-width buttons on a phone; a row where they fit. */
  .manage-actions { display: grid; gap: 0.5rem; }
  .manage-actions button, .actions button { white-space: normal; text-align: center; }
  @container (min-width: 30rem) {
    .manage-actions { display: flex; flex-wrap: wrap; }
  }
  .danger { color: var(--_danger); border-color: var(--_danger); }
  .danger:hover { background: var(--_surface); }
  /* The challenge's recovery field and its switch, as the step-up shows them. */
  input.recovery { font-size: 1.125rem; letter-spacing: 0.06em; }
  .code-row input.recovery { flex: 1 1 14rem; max-inline-size: 18rem; inline-size: auto; }
  .link {
    border: none; background: none; padding-inline: 0; min-block-size: 2.75rem;
    color: var(--_accent); text-decoration: underline; text-underline-offset: 0.2em; font-weight: 600;
    white-space: normal; text-align: start;
  }
  .link:hover { background: none; text-decoration-thickness: 2px; }
`;
