import type { BackendApp } from '../context.js';
import { stytchSuccess } from '../envelope.js';

/** The SDK's telemetry batches: acknowledged and dropped, since nothing here reads them. */
export function registerEventsRoute(app: BackendApp): void {
  app.post('/events', (c) => stytchSuccess(c, {}));
}
