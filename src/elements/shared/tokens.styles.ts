import { css } from 'lit';

/*
 * Both elements' design tokens and the styles both first screens use (the card, buttons, the
 * spinner, errors), nothing more: every page with either element loads them. The code field's
 * are in shared/code-field.ts, enroll's steps bring theirs with the flow (enroll/flow/flow.styles.ts,
 * also the link styled as a button), the challenge its own (challenge/styles.ts).
 *
 * Colours use light-dark() so the element follows the used color-scheme: by default the
 * user's preference (`color-scheme: light dark` on :host); a page can pin it with
 * `totp-enroll { color-scheme: light }`. Every colour is a --totp-enroll-* property; the success
 * colour's token (--_success) comes with the screens that use it (shared/success.styles.ts).
 */
export const tokenStyles = css`
  :host {
    color-scheme: light dark;
    --_bg: var(--totp-enroll-background, light-dark(#ffffff, #17181c));
    --_surface: var(--totp-enroll-surface, light-dark(#f4f5f7, #23252b));
    --_text: var(--totp-enroll-text, light-dark(#1b1d22, #eceef2));
    --_muted: var(--totp-enroll-muted, light-dark(#535a66, #aab0bb));
    --_border: var(--totp-enroll-border, light-dark(#d5d9df, #3b3e46));
    --_accent: var(--totp-enroll-accent, light-dark(#2f4ccc, #9aabff));
    --_on-accent: var(--totp-enroll-on-accent, light-dark(#ffffff, #0e1330));
    --_danger: var(--totp-enroll-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--totp-enroll-radius, 12px);
    --_space: var(--totp-enroll-spacing, 16px);
    /* system-ui is every platform's UI font (Segoe UI, San Francisco, Roboto) in every browser that has light-dark(). */
    --_font: var(--totp-enroll-font, system-ui, sans-serif);
    --_mono: var(--totp-enroll-font-mono, ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace);

    display: block;
    container-type: inline-size;
    max-inline-size: var(--totp-enroll-max-width, 40rem);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_text);
  }
  :host([hidden]) { display: none; }
  *, ::before, ::after { box-sizing: border-box; }

  .card {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  h2 { margin: 0; line-height: 1.3; font-size: 1.25rem; }
  p { margin: 0; }
  .muted { color: var(--_muted); font-size: 0.9375rem; }

  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  /* A label longer than the card (German's "Authenticator-App einrichten" at 320 px) wraps inside its button, not past the card. */
  .row>button { max-inline-size: 100%; white-space: normal; }

  button {
    font: inherit; font-size: 0.9375rem; font-weight: 600;
    display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem;
    min-block-size: 2.75rem; padding: 0.5rem 1rem;
    border-radius: calc(var(--_radius) * 0.66);
    border: 1px solid var(--_border); background: var(--_bg); color: var(--_text);
    cursor: pointer; white-space: nowrap;
  }
  button:hover { background: var(--_surface); }
  .primary { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); }
  .primary:hover { background: var(--_accent); filter: brightness(1.08); }
  button:focus-visible { outline: 3px solid var(--totp-enroll-focus-ring, var(--_accent)); outline-offset: 2px; }
  button[aria-busy=true] { cursor: progress; }
  .error { color: var(--_danger); font-size: 0.9375rem; display: flex; gap: 0.375rem; align-items: start; }

  .spinner {
    inline-size: 1em; block-size: 1em; border-radius: 50%;
    border: 2px solid currentColor; border-inline-end-color: transparent;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin { to { transform: rotate(1turn); } }
  @media (prefers-reduced-motion: reduce) {
    /* The text next to it ("Setting up…") already says the element is busy. */
    .spinner { animation: none; border-inline-end-color: currentColor; opacity: 0.6; }
  }

  /* Read, not seen. Only our own spans and divs carry it (no margin, padding or border to undo). */
  .visually-hidden {
    position: absolute; inline-size: 1px; block-size: 1px;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
`;
