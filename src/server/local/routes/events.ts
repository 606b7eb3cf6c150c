import { stytchSuccess } from '../../http/envelope.js';
import type { SdkRoutes } from '../../http/sdk-app.js';

/** The SDK's telemetry batches: acknowledged and dropped, since nothing here reads them. */
export function registerEventsRoute(app: SdkRoutes): void {
  app.post('/events', (c) => stytchSuccess(c, {}));
}
