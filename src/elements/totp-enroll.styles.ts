import { css } from 'lit';

/*
 * Colours use light-dark() so the element follows the used color-scheme: by default the
 * user's preference (`color-scheme: light dark` on :host); a page can pin it with
 * `totp-enroll { color-scheme: light }`. Every colour is a --totp-enroll-* property.
 */
export const styles = css`
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
    --_success: var(--totp-enroll-success, light-dark(#1a7538, #86dba0));
    --_radius: var(--totp-enroll-radius, 12px);
    --_space: var(--totp-enroll-spacing, 16px);
    --_font: var(--totp-enroll-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
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
  *, *::before, *::after { box-sizing: border-box; }

  .card {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  h2, h3 { margin: 0; line-height: 1.3; }
  h2 { font-size: 1.25rem; }
  h3 { font-size: 1rem; display: flex; align-items: center; gap: 0.5rem; }
  h2:focus, h3:focus { outline: none; }
  p { margin: 0; }
  .muted { color: var(--_muted); font-size: 0.9375rem; }

  .step-number {
    display: inline-grid; place-items: center; flex: none;
    inline-size: 1.5rem; block-size: 1.5rem; border-radius: 50%;
    background: var(--_accent); color: var(--_on-accent); font-size: 0.8125rem; font-weight: 700;
  }
  .steps { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 1.25); }
  .step { display: grid; gap: calc(var(--_space) * 0.5); }
  .step + .step { border-block-start: 1px solid var(--_border); padding-block-start: calc(var(--_space) * 1.25); }

  .scan { display: grid; gap: var(--_space); align-items: start; }
  @container (min-width: 30rem) {
    .scan { grid-template-columns: auto 1fr; }
  }
  .qr {
    /* A white quiet zone whatever the theme: dark-mode QR codes fail to scan in many apps. */
    background: #ffffff;
    border-radius: calc(var(--_radius) * 0.5);
    border: 1px solid var(--_border);
    padding: 4px;
    inline-size: 12rem; block-size: 12rem;
    display: grid; place-items: center;
    justify-self: center;
  }
  .qr img { inline-size: 100%; block-size: 100%; image-rendering: pixelated; display: block; }
  .qr-placeholder { color: #535a66; font-size: 0.875rem; padding: 1rem; text-align: center; }

  .secret-box { display: grid; gap: 0.5rem; align-content: start; }
  .secret-row { display: block; }
  .secret {
    inline-size: fit-content; max-inline-size: 100%;
    direction: ltr; unicode-bidi: isolate; text-align: start;
    font-family: var(--_mono); font-size: 1.0625rem; letter-spacing: 0.04em;
    background: var(--_surface); border-radius: calc(var(--_radius) * 0.5);
    padding: 0.5rem 0.75rem; word-spacing: 0.35em; overflow-wrap: anywhere;
    user-select: all;
  }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }

  button, .button {
    font: inherit; font-size: 0.9375rem; font-weight: 600;
    display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem;
    min-block-size: 2.75rem; padding: 0.5rem 1rem;
    border-radius: calc(var(--_radius) * 0.66);
    border: 1px solid var(--_border); background: var(--_bg); color: var(--_text);
    cursor: pointer; text-decoration: none; white-space: nowrap;
  }
  button svg, .button svg { inline-size: 1.125rem; block-size: 1.125rem; flex: none; }
  button:hover, .button:hover { background: var(--_surface); }
  .primary { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); }
  .primary:hover { background: var(--_accent); filter: brightness(1.08); }
  button:focus-visible, .button:focus-visible, input:focus-visible {
    outline: 3px solid var(--totp-enroll-focus-ring, var(--_accent)); outline-offset: 2px;
  }
  button[disabled] { cursor: not-allowed; opacity: 0.65; }
  button[aria-busy='true'] { cursor: progress; }
  .small { min-block-size: 2.25rem; padding: 0.25rem 0.75rem; font-size: 0.875rem; }

  .codes {
    list-style: none; margin: 0; padding: 0;
    display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.375rem;
  }
  @container (min-width: 30rem) {
    /* Two even columns: ten codes make five full rows. */
    .codes { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  }
  .codes li {
    min-block-size: 2.25rem;
    display: flex; align-items: center; justify-content: space-between; gap: 0.25rem;
    background: var(--_surface); border-radius: calc(var(--_radius) * 0.5); padding-inline-start: 0.75rem;
  }
  /* The list follows the page's direction; each code reads left-to-right. */
  .codes code { font-family: var(--_mono); font-size: 0.9375rem; direction: ltr; unicode-bidi: isolate; }
  .icon-button { min-block-size: 2.25rem; min-inline-size: 2.25rem; padding: 0.25rem; border: none; background: transparent; }
  .icon-button svg { inline-size: 1.125rem; block-size: 1.125rem; }

  form { display: grid; gap: 0.5rem; }
  label { font-weight: 600; font-size: 0.9375rem; }
  input {
    font-family: var(--_mono); font-size: 1.375rem; letter-spacing: 0.3em;
    inline-size: min(100%, 11.5rem); padding: 0.5rem 0.75rem; direction: ltr;
    border: 1px solid var(--_muted); border-radius: calc(var(--_radius) * 0.5);
    background: var(--_bg); color: var(--_text);
  }
  input[aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  input[aria-invalid='true']:focus-visible { outline-color: var(--_danger); }
  .code-row { flex-wrap: nowrap; }
  .code-row input { flex: 0 1 11.5rem; min-inline-size: 0; }
  .code-row button { flex: none; min-inline-size: 7.5rem; }
  .error { color: var(--_danger); font-size: 0.9375rem; display: flex; gap: 0.375rem; align-items: start; }
  .error svg, .success-icon svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .success-icon { color: var(--_success); display: flex; gap: 0.5rem; align-items: center; }
  .notice-icon { color: var(--_muted); display: flex; gap: 0.5rem; align-items: center; }
  .notice-icon svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .notice-icon h3 { color: var(--_text); }
  .expiry { font-size: 0.875rem; color: var(--_muted); }

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

  .visually-hidden {
    position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0; border: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
`;
