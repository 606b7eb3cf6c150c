import { css } from 'lit';
import { codeFieldStyles } from '../../shared/code-field.js';
import { successToken } from '../../shared/success.styles.js';

/** Styles of the steps after "Set up": adopted by the element when the enrollment flow loads. */
export const flowStyles = [successToken, codeFieldStyles, css`
  /* A link drawn as a button ("Open in authenticator app"): tokens.styles.ts's button rules, for a.button, here as only
     the flow shows it (test/enroll/steps.test.ts checks the two still look alike). */
  .button {
    font: inherit; font-size: 0.9375rem; font-weight: 600;
    display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem;
    min-block-size: 2.75rem; padding: 0.5rem 1rem;
    border-radius: calc(var(--_radius) * 0.66);
    border: 1px solid var(--_border); background: var(--_bg); color: var(--_text);
    cursor: pointer; text-decoration: none; white-space: nowrap;
  }
  .button:hover { background: var(--_surface); }
  .button:focus-visible { outline: 3px solid var(--totp-enroll-focus-ring, var(--_accent)); outline-offset: 2px; }
  h3 { margin: 0; line-height: 1.3; font-size: 1rem; display: flex; align-items: center; gap: 0.5rem; }
  h3:focus { outline: none; }
  button svg, .button svg { inline-size: 1.125rem; block-size: 1.125rem; flex: none; }
  button[disabled] { cursor: not-allowed; opacity: 0.65; }
  .progress { display: flex; align-items: center; gap: 0.75rem; color: var(--_muted); font-size: 0.8125rem; }
  .bars { display: flex; gap: 0.25rem; }
  .bar { inline-size: 1.5rem; block-size: 0.25rem; border-radius: 2px; background: var(--_border); }
  .bar.done { background: var(--_accent); }
  .progress + h3 { margin-block-start: calc(var(--_space) * -0.5); font-size: 1.0625rem; }

  .scan { display: grid; gap: calc(var(--_space) * 0.75); align-items: start; }
  @container (min-width: 30rem) {
    .scan { grid-template-columns: auto 1fr; gap: var(--_space); }
  }
  @container (max-width: 29.99rem) {
    /* On a phone, "Can't scan it?" usually means the QR is on this very screen: the key takes its place. */
    .scan:has(details[open]) .qr { display: none; }
  }
  .qr {
    /* A white quiet zone whatever the theme: dark-mode QR codes fail to scan in many apps. */
    background: #ffffff;
    border-radius: calc(var(--_radius) * 0.5);
    border: 1px solid var(--_border);
    padding: 4px;
    inline-size: 11.5rem; block-size: 11.5rem;
    display: grid; place-items: center;
    justify-self: center;
  }
  .qr img { inline-size: 100%; block-size: 100%; image-rendering: pixelated; display: block; }
  /* While Create is out: on the QR box's white, whatever the theme. */
  .qr-waiting { display: grid; justify-items: center; gap: 0.5rem; color: #595959; font-size: 0.875rem; text-align: center; }
  /* Only the Scan step's waiting link and Next: the busy buttons elsewhere in this shadow root keep their look. */
  [part~='open-in-app'][aria-disabled='true'], [part~='next-button'][aria-disabled='true'] { opacity: 0.6; cursor: progress; }
  .scan-side { display: grid; gap: 0.5rem; align-content: start; min-inline-size: 0; }
  .account { font-size: 0.9375rem; overflow-wrap: anywhere; }
  .account strong { font-weight: 600; }

  details { border-block-start: 1px solid var(--_border); }
  summary {
    min-block-size: 2.75rem; display: flex; align-items: center; gap: 0.5rem;
    cursor: pointer; font-weight: 600; font-size: 0.9375rem; color: var(--_accent); list-style: none;
  }
  summary::-webkit-details-marker { display: none; }
  summary::before { content: '▸'; display: inline-block; transition: transform 0.15s; }
  /* The card's direction, not the host's: an Arabic card sets its own dir (i18n/direction.ts). */
  summary:dir(rtl)::before { transform: scaleX(-1); }
  details[open] summary::before { transform: rotate(90deg); }
  summary:focus-visible { outline: 3px solid var(--totp-enroll-focus-ring, var(--_accent)); outline-offset: 2px; border-radius: 4px; }
  details[open] { display: grid; gap: 0.5rem; padding-block-end: 0.25rem; }

  .secret-row { display: block; }
  .secret {
    inline-size: fit-content; max-inline-size: 100%;
    direction: ltr; unicode-bidi: isolate; text-align: start;
    font-family: var(--_mono); font-size: 1rem; letter-spacing: 0.04em;
    background: var(--_surface); border-radius: calc(var(--_radius) * 0.5);
    padding: 0.375rem 0.75rem; word-spacing: 0.35em; overflow-wrap: anywhere;
  }
  .small { padding: 0.25rem 0.75rem; font-size: 0.875rem; }
  button[data-copied='true'] { color: var(--_success); border-color: var(--_success); }
  .copy-hint, .hint { font-size: 0.8125rem; color: var(--_muted); }
  .copy-hint { color: var(--_text); font-weight: 600; }

  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; }
  .actions .primary { min-inline-size: 7.5rem; }

  /*
   * As many columns as whole codes fit (a column is one code of 14 monospace characters, in the
   * codes' own font so 'ch' is theirs; the column gap keeps them apart): two from ~335 px, one
   * below, where two would clip and run together.
   */
  .codes {
    list-style: none; margin: 0; padding: 0.5rem 0.75rem;
    font-family: var(--_mono); font-size: 0.875rem;
    display: grid; grid-template-columns: repeat(auto-fill, minmax(14ch, 1fr)); gap: 0.25rem 0.75rem;
    background: var(--_surface); border-radius: calc(var(--_radius) * 0.5);
    /* Only the list scrolls, should a backend send many codes: ten fit in one column. */
    max-block-size: 20rem; overflow-y: auto;
  }
  .codes li { min-inline-size: 0; }
  /* The list follows the page's direction; each code reads left-to-right. */
  .codes code { font: inherit; direction: ltr; unicode-bidi: isolate; white-space: nowrap; }
  /* Three buttons in one row on a phone too: icon over a short label, each column as wide as its label needs. */
  /* Equal columns; a long label wraps inside its button (at a soft hyphen where the locale has one) rather than overflowing it. */
  .save-row { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.5rem; align-items: stretch; }
  .save-row button {
    flex-direction: column; gap: 0.125rem; padding: 0.375rem 0.125rem; font-size: 0.75rem; text-align: center;
    white-space: normal; hyphens: manual; overflow-wrap: anywhere; min-inline-size: 0;
  }
  .save-row .copy-hint { grid-column: 1 / -1; }
  @container (min-width: 30rem) {
    .save-row button { flex-direction: row; gap: 0.5rem; font-size: 0.875rem; }
  }
  .check {
    display: flex; align-items: center; gap: 0.625rem; min-block-size: 2.75rem;
    font-size: 0.9375rem; font-weight: 400; cursor: pointer;
  }
  .check input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; accent-color: var(--_accent); flex: none; }
  .check input:focus-visible { outline: 3px solid var(--totp-enroll-focus-ring, var(--_accent)); outline-offset: 2px; }

  .error svg, .success svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .success { display: grid; gap: 0.5rem; }
  .success h3 { font-size: 1.0625rem; align-items: start; }
  .success svg { color: var(--_success); }
  /* The page's Continue action: its own size, at the start of the line. */
  ::slotted([slot='continue']) { justify-self: start; }
  .notice-icon { color: var(--_muted); display: flex; gap: 0.5rem; align-items: center; }
  .notice-icon svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .notice-icon h3 { color: var(--_text); }
  .expiry { font-size: 0.875rem; color: var(--_muted); }
`];
