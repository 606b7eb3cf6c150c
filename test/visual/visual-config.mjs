// The Node side of the visual regression suite (test/visual/look.test.ts): where the baselines
// live, how close a screenshot must be, and the browser flags that make pixels the same on every
// machine. Loaded by web-test-runner.config.mjs; run by scripts/test-visual.mjs.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Tolerance. pixelmatch's `threshold` (0–1) is how far apart two colours may be before a pixel
 * counts as different: 0.1 lets faint antialiasing shades through, not a border (even a light grey
 * one on white). `includeAA: true` counts the pixels pixelmatch takes for antialiasing too: it takes
 * a 1 px line between two flat areas (a border between the white QR box and a dark card) for
 * antialiasing, and would let a changed border through. Then a screenshot fails when more than
 * MAX_DIFFERENT_PIXELS differ: a 1 px border round even a small box changes hundreds (the QR box's
 * colour: 740); the same browser draws the same pixels (0 in three runs in a row).
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

/** The visual-diff command; baselines committed in test/visual/baselines, failures in test/visual/failed (gitignored). */
export function visualRegression() {
  return visualRegressionPlugin({
    update: process.env.UPDATE_VISUAL_BASELINE === '1' || process.argv.includes('--update-visual-baseline'),
    baseDir: here,
    getBaselineName: ({ name }) => join('baselines', name),
    getFailedName: ({ name }) => join('failed', name),
    getDiffName: ({ name }) => join('failed', `${name}-diff`),
    diffOptions: DIFF_OPTIONS,
    failureThresholdType: 'pixel',
    failureThreshold: MAX_DIFFERENT_PIXELS,
  });
}

/** The platform fonts Chromium drew `node`'s text nodes (and their shadow trees') with. */
async function fontsUnder(cdp, node, used) {
  if (node.nodeType === 3 && node.nodeValue.trim()) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
    for (const font of fonts) used.push({ text: node.nodeValue.trim().slice(0, 40), family: font.familyName, custom: font.isCustomFont });
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.pseudoElements ?? [])]) await fontsUnder(cdp, child, used);
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
        const used = [];
        for (const element of findTag(root, payload.tags)) await fontsUnder(cdp, element, used);
        return used;
      } finally {
        await cdp.detach();
      }
    },
  };
}
