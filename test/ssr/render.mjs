// Renders `<totp-enroll>` as a server would, through @lit-labs/ssr, from the built package
// (`totp-enroll` resolves to dist/ through package.json's exports), and prints the HTML.
// Run with `--import ./test/ssr/no-dom.mjs` so any read of a browser global fails the render.
//   node --import ./test/ssr/no-dom.mjs test/ssr/render.mjs [lang]
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'totp-enroll';

const lang = process.argv[2];
const element = lang
  ? html`<totp-enroll lang=${lang} expiration-minutes="10"></totp-enroll>`
  : html`<totp-enroll expiration-minutes="10"></totp-enroll>`;
process.stdout.write(await collectResult(render(element)));
