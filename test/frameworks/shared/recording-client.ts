import type { CreateTotpParams, TotpApi } from 'totp-enroll';
import { HttpTotpApi } from 'totp-enroll/api';

/** A `TotpApi` that each app hands to the element as its `client` property. */
export interface RecordingClient extends TotpApi {
  /** The params of every Create call, so a test sees that this client, not a default one, was used. */
  readonly creates: CreateTotpParams[];
}

/**
 * Wraps the package's `HttpTotpApi`: requests still go over real HTTP to the backend on the
 * page's origin, and each Create is recorded on the way.
 */
export function recordingClient(): RecordingClient {
  const http = new HttpTotpApi();
  const creates: CreateTotpParams[] = [];
  return {
    creates,
    create(params, options) {
      creates.push(params);
      return http.create(params, options);
    },
    authenticate: (params, options) => http.authenticate(params, options),
  };
}

/** What every app's entry exports: mount into `target`, get the client back and a way out. */
export type MountApp = (target: HTMLElement) => Promise<{ client: RecordingClient; unmount: () => void }>;
