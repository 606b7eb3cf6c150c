// The Node side of the visual regression suite (test/visual/look.test.ts): where the baselines
// live, how close a screenshot must be, and the browser flags that make pixels the same on every
// machine. Loaded by web-test-runner.config.mjs; run by scripts/test-visual.mjs.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

// The plugin's own pixelmatch (the version its diff is written for).
const pixelmatch = createRequire(fileURLToPath(import.meta.resolve('@web/test-runner-visual-regression/plugin')))('pixelmatch');

/**
 * Tolerance. pixelmatch's `threshold` (0–1) is how far apart two colours may be before a pixel
 * counts as different: 0.1 (its default) passes a grey shifted by less than about 27 of 255 levels,
 * not a border (even a light grey one on white). `includeAA: true` counts the pixels pixelmatch
 * takes for antialiasing too: it takes a 1 px line between two flat areas (a border between the
 * white QR box and a dark card) for antialiasing, and let a changed border through in dark mode.
 * Then a screenshot fails when more than MAX_DIFFERENT_PIXELS differ: a 1 px border round even a
 * small box changes hundreds (the QR box's colour: 740), one digit of a countdown 66; the same
 * browser draws the same pixels (0 in three runs in a row), room is left for another machine's.
 */
export const DIFF_OPTIONS = { threshold: 0.1, includeAA: true };
export const MAX_DIFFERENT_PIXELS = 24;

/**
 * Pixels independent of the machine: no hinting or subpixel text (they follow the system's
 * fontconfig), sRGB whatever the display profile, one device pixel per CSS pixel.
 */
export const VISUAL_CHROME_FLAGS = [
  '--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb', '--force-device-scale-factor=1',
];

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The plugin's pixelmatch diff, with a shortcut: Chromium encodes the same pixels to the same
 * bytes, so a screenshot byte for byte its baseline's (nearly every one) is not decoded and compared.
 */
function imageDiff({ baselineImage, image, options }) {
  if (baselineImage.equals(image)) return { error: '', diffImage: image, diffPercentage: 0, diffPixels: 0 };
  const baseline = PNG.sync.read(baselineImage);
  const actual = PNG.sync.read(image);
  if (baseline.width !== actual.width || baseline.height !== actual.height) {
    return {
      error: `the screenshot is ${actual.width}×${actual.height} px, its baseline ${baseline.width}×${baseline.height} px`,
      diffImage: image, diffPercentage: 100, diffPixels: actual.width * actual.height,
    };
  }
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(baseline.data, actual.data, diff.data, width, height, options);
  return { error: '', diffImage: PNG.sync.write(diff), diffPercentage: (diffPixels / (width * height)) * 100, diffPixels };
}

function passes(baselineImage, image) {
  const { error, diffPixels } = imageDiff({ baselineImage, image, options: DIFF_OPTIONS });
  return !error && diffPixels <= MAX_DIFFERENT_PIXELS;
}

function pngsUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).map((file) => join(dir, file));
}

/**
 * The visual-diff command; baselines committed in test/visual/baselines, failures in
 * test/visual/failed (gitignored). UPDATE_VISUAL_BASELINE=1 writes the baselines instead of
 * comparing, but keeps each one its new screenshot still passes against (the same browser's
 * rounding of a corner differs by a level now and then), so an update commits only what changed;
 * `all` (a run of the whole suite) also removes the baselines no test took, a state or locale gone.
 */
export function visualRegression() {
  const mode = process.env.UPDATE_VISUAL_BASELINE;
  const baselines = join(here, 'baselines');
  const taken = new Set();
  let written = 0;
  const update = mode === '1' || mode === 'all';
  const plugin = visualRegressionPlugin({
    update,
    baseDir: here,
    // `self-check/<name>`: the suite's own check that a changed screenshot of <name> fails (look.test.ts).
    getBaselineName: ({ name }) => join('baselines', name.replace(/^self-check\//, '')),
    getFailedName: ({ name }) => join('failed', name),
    getDiffName: ({ name }) => join('failed', `${name}-diff`),
    diffOptions: DIFF_OPTIONS,
    getImageDiff: imageDiff,
    failureThresholdType: 'pixel',
    failureThreshold: MAX_DIFFERENT_PIXELS,
    saveBaseline({ filePath, content }) {
      taken.add(filePath);
      if (existsSync(filePath) && passes(readFileSync(filePath), content)) return;
      mkdirSync(dirname(filePath), { recursive: true });
      writeFileSync(filePath, content);
      written += 1;
    },
  });
  return {
    ...plugin,
    async executeCommand(args) {
      // The self-check would write its changed screenshot as the baseline: it asks first.
      if (args.command === 'visual-regression-updating') return update;
      return plugin.executeCommand(args);
    },
    serverStop() {
      // What the self-check's expected failures wrote is no failure.
      rmSync(join(here, 'failed', 'self-check'), { recursive: true, force: true });
      if (!mode) return;
      const gone = mode === 'all' ? pngsUnder(baselines).filter((file) => !taken.has(file)) : [];
      for (const file of gone) rmSync(file);
      console.log(`Baselines: ${written} written, ${taken.size - written} unchanged within the tolerance, ${gone.length} removed (no state takes them).`);
    },
  };
}

/** `node`'s text nodes with text, its shadow trees' and pseudo-elements' included. */
function textNodesUnder(node, found = []) {
  if (node.nodeType === 3 && node.nodeValue.trim()) found.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.pseudoElements ?? [])]) textNodesUnder(child, found);
  return found;
}

function findTag(node, tags, found = []) {
  if (tags.includes(node.localName)) found.push(node);
  else for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) findTag(child, tags, found);
  return found;
}

/**
 * `executeServerCommand('platform-fonts', { tags })`: every font the page's elements of `tags`
 * rendered text with, `custom: false` for a font of the system's rather than one the page loaded.
 * What shows that no glyph fell back to a font a fresh machine may lack.
 */
export function platformFonts() {
  return {
    name: 'platform-fonts',
    async executeCommand({ command, session, payload }) {
      if (command !== 'platform-fonts') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const texts = findTag(root, payload.tags).flatMap((element) => textNodesUnder(element));
        // One question per text node, all at once: asked one by one they cost seconds per run.
        const answers = await Promise.all(texts.map((node) => cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId })));
        const used = answers.flatMap(({ fonts }, i) =>
          fonts.map((font) => ({ text: texts[i].nodeValue.trim().slice(0, 40), family: font.familyName, custom: font.isCustomFont })));
        return used;
      } finally {
        await cdp.detach();
      }
    },
  };
}
