/**
 * The "on" state and its actions (manage-panel.ts and its views): loaded only for a user who has an
 * authenticator app, by what knows the user (enrolled-user.ts), never by the first screen. A plain
 * memoised import, not shared/lazy-module.ts: that module would then be split out of the first
 * screen's file into a chunk of its own, a request and bytes more for every page.
 */
let loading: Promise<typeof import('./manage-panel.js')> | undefined;

export const manageModule = {
  /** Imports the chunk once per page; after a failure the next call asks again. */
  load: () => (loading ??= import('./manage-panel.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  })),
};
