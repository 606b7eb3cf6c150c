/* What Stryker runs for src/server/bridge (stryker.config.mjs): the bridge's own suite, on its own. */
import '../server/bridge/bridge.test.js';
