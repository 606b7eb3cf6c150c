import { css } from 'lit';

/** Styles of the steps after "Set up": adopted by the element when the enrollment flow loads. */
export const flowStyles = css`
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
  .error svg, .success-icon svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .success-icon { color: var(--_success); display: flex; gap: 0.5rem; align-items: center; }
  .notice-icon { color: var(--_muted); display: flex; gap: 0.5rem; align-items: center; }
  .notice-icon svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .notice-icon h3 { color: var(--_text); }
  .expiry { font-size: 0.875rem; color: var(--_muted); }

`;
