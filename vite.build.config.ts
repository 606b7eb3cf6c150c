import { build as esbuild } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * `npm run build`'s standalone bundle: `dist/totp-enroll.bundle.js`, one minified ES module
 * with Lit included, for a plain `<script type="module">`. `qrcode` stays a separate chunk that
 * the element loads only when it has to draw a QR code itself. The ES modules and `.d.ts`
 * beside it come from `tsc -p tsconfig.build.json`; the local backend never reaches this bundle.
 */
export default defineConfig({
  publicDir: false,
  plugins: [qrcodeAsEsModule(), litTemplatesMinified()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    reportCompressedSize: false,
    lib: {
      entry: 'src/bundle.ts',
      formats: ['es'],
      fileName: () => 'totp-enroll.bundle.js',
    },
    rolldownOptions: {
      // Let the entry also export what the lazy flow chunk shares with it (Lit, the styles):
      // otherwise the bundler splits that into a third file and the bundle is no longer one file.
      preserveEntrySignatures: 'allow-extension',
      // Lib mode keeps whitespace in ES output unless the output itself is minified.
      output: {
        minify: true,
        chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/^_/, '')}-[hash].js`,
      },
    },
  },
});

/**
 * `qrcode` ships CommonJS only. Converted by the bundler, its chunk and the entry would share
 * a third file of CommonJS helpers; bundled into one ES module first, the lazy chunk stands alone.
 */
function qrcodeAsEsModule(): Plugin {
  const id = '\0qrcode';
  return {
    name: 'qrcode-as-es-module',
    enforce: 'pre',
    resolveId(source) {
      return source === 'qrcode' ? id : null;
    },
    async load(loading) {
      if (loading !== id) return null;
      const root = dirname(createRequire(import.meta.url).resolve('qrcode/package.json'));
      const result = await esbuild({
        entryPoints: ['lib/browser.js'], absWorkingDir: root, bundle: true, format: 'esm', platform: 'browser',
        minify: true, write: false, logLevel: 'silent',
      });
      return result.outputFiles[0]!.text;
    },
  };
}

/**
 * The Lit templates minified as in dist/ (scripts/minify-templates.mjs), so the bundle's templates
 * are the same strings as the ES modules' (a page rendered on the server hydrates with either).
 */
function litTemplatesMinified(): Plugin {
  return {
    name: 'lit-templates-minified',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const minified = minifyTemplates(code, id);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
