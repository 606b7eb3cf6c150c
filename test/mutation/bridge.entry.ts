/* What Stryker runs for src/server/bridge (stryker.config.mjs): the bridge's own suite, on its own. */
await import('../server/bridge.test.js');
