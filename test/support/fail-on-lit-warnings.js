// Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml): a Lit
// dev-mode warning (a render scheduled during an update, a wrong property option…) fails the
// run instead of scrolling by in the log. The one notice that dev mode is on is expected.
const warn = console.warn.bind(console);
console.warn = (...args) => {
  const text = args.map(String).join(' ');
  warn(...args);
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) {
    // Thrown outside the caller so Lit carries on; the runner reports the uncaught error.
    setTimeout(() => { throw new Error(`Lit warning: ${text}`); });
  }
};
