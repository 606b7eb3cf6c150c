/*
 * What makes a screenshot of an element the same on every run and every machine (test/visual):
 * Noto Sans from the @fontsource packages for every glyph (no system font), no animation,
 * transition or caret, a stopped clock, and the few things that differ per setup — the QR code,
 * the setup key, the recovery codes, the day the app was added — hidden or written in a fixed form.
 */
import { executeServerCommand } from '@web/test-runner-commands';

const FONT_FILES = ['noto-sans/400', 'noto-sans/600', 'noto-sans/700', 'noto-sans-arabic/400', 'noto-sans-arabic/600', 'noto-sans-arabic/700'];
/** Both faces, each for what the other lacks ("Noto Sans Arabic" also has the symbols subset: the ▸ of "Can't scan it?"). */
const FAMILY = "'Noto Sans', 'Noto Sans Arabic'";

const PAGE_STYLE = `
  :root { color-scheme: light dark; scrollbar-width: none; }
  html, body { margin: 0; }
  body { padding: 8px; font-family: ${FAMILY}; background: light-dark(#eef0f3, #0d0e11); }
  totp-enroll, totp-challenge { --totp-enroll-font: ${FAMILY}; --totp-enroll-font-mono: ${FAMILY}; }
`;

/** Added to each element's shadow root: its own styles are out of the page's reach. */
const STEADY_SHADOW = new CSSStyleSheet();
STEADY_SHADOW.replaceSync(`
  *, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
  /* A QR code differs per secret: its box stays, its modules are not drawn. */
  [part~="qr-image"], [part~="qr"] canvas { visibility: hidden !important; }
`);

/** Text that differs per setup, written in a fixed form of the same shape (so it lays out alike). */
const VOLATILE_TEXT = ['[part~="secret"] .secret-row', '[part~="recovery-codes"] code'];
/** Every date the element shows is the day the app was added: today, in the tests. */
const FIXED_DAY = Date.UTC(2026, 0, 15, 12);

let pageReady: Promise<void> | undefined;

/** Loads the fonts and the page's styles, once per test file. */
export function steadyPage(): Promise<void> {
  pageReady ??= (async () => {
    const links = FONT_FILES.map((file) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/node_modules/@fontsource/${file}.css` }));
    await Promise.all(links.map((link) => new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(`could not load ${link.href}`));
      document.head.append(link);
    })));
    document.head.append(Object.assign(document.createElement('style'), { textContent: PAGE_STYLE }));
    // Fetch every face now: a face loaded during a shot would change it half-way.
    const sample = 'Aä€ß…–▸ شم';
    await Promise.all(['400', '600', '700'].flatMap((weight) => [
      document.fonts.load(`${weight} 16px 'Noto Sans'`, sample), document.fonts.load(`${weight} 16px 'Noto Sans Arabic'`, sample),
    ]));
  })();
  return pageReady;
}

/**
 * Stops `Date.now` (the countdowns, the expiry) at the moment it is called, until the returned
 * function runs. Timers still fire, so a countdown re-renders the same number.
 */
export function stopClock(): () => void {
  const real = Date.now;
  const stopped = real();
  Date.now = () => stopped;
  return () => { Date.now = real; };
}

/** The same letters in the same places whatever the text was: only its length, case and separators stay. */
function fixedForm(text: string): string {
  const pattern = text === text.toUpperCase() ? 'ABCDEFGH23' : 'abcdefgh23';
  let i = 0;
  return text.replace(/[A-Za-z0-9]/g, () => pattern[i++ % pattern.length]!);
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/**
 * Makes `el` look the same on every run, then waits for its fonts and two frames. Call before each
 * screenshot: a re-render (a countdown's tick) writes the real text back.
 */
export async function steady(el: HTMLElement & { updateComplete: Promise<boolean> }, lang: string): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  if (!root.adoptedStyleSheets.includes(STEADY_SHADOW)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, STEADY_SHADOW];
  for (const node of root.querySelectorAll(VOLATILE_TEXT.join(', '))) {
    for (const text of textNodes(node)) text.nodeValue = fixedForm(text.nodeValue ?? '');
  }
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const today = day.format(new Date());
  for (const text of textNodes(root)) {
    if (text.nodeValue?.includes(today)) text.nodeValue = text.nodeValue.replace(today, day.format(FIXED_DAY));
  }
  // Lay out, so the fonts the text needs are requested, then wait for them.
  el.getBoundingClientRect();
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Text of `tag` elements that Chromium drew with a system font (test/visual/visual-config.mjs's platform-fonts): "text" in Family. */
export async function systemFontsIn(tag: string): Promise<string[]> {
  const used = await executeServerCommand<{ text: string; family: string; custom: boolean }[], { tags: string[] }>('platform-fonts', { tags: [tag] });
  return [...new Set(used!.filter((font) => !font.custom).map(({ text, family }) => `"${text}" in ${family}`))];
}
