// The Next.js App Router app (test/frameworks/next.test.mjs): server-rendered pages in TypeScript
// (type-checked by `next build` against the built package), the element through
// `totp-enroll/react` in a 'use client' component, and the package's local backend as a route handler.
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // The build goes with the other framework apps' output, not into the source tree.
  distDir: '../../../tmp/frameworks/next',
  // The repository's root (its package-lock.json) is the workspace: `totp-enroll` is this package.
  turbopack: { root: fileURLToPath(new URL('../../..', import.meta.url)) },
  outputFileTracingRoot: fileURLToPath(new URL('../../..', import.meta.url)),
  typescript: { ignoreBuildErrors: false },
  devIndicators: false,
};
