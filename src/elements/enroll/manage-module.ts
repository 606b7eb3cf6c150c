import { lazyModule } from '../shared/lazy-module.js';

/** Who the user is (user-lookup.ts): loaded as soon as the element is connected. */
export const lookupModule = lazyModule(() => import('./user-lookup.js'), 1000, 500);

/** The "on" state and its actions (manage/): loaded only for a user who has an authenticator app. */
export const manageModule = lazyModule(() => import('./manage/manage-panel.js'), 5000, 2000);
