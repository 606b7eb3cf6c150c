/**
 * Entry of the standalone bundle (`dist/totp-enroll.bundle.js`, `totp-enroll/bundle`) for a plain
 * `<script type="module">`: the package's root entry, Lit included. The API clients and
 * validation load with the enrollment flow, when the user starts.
 */
export * from './index.js';
