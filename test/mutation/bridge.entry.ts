/* What Stryker runs for src/server/bridge (stryker.config.mjs): the bridge's own suite and its timeout suite (real waits), on their own. */
import '../server/bridge/bridge.test.js';
import '../server/bridge/bridge-timeouts.test.js';
