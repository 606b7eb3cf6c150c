import { lazyModule } from '../shared/lazy-module.js';

/**
 * What happens once a code is submitted (attempt/): the API clients, the backend's answer read,
 * and the screens after. Loaded from when the element connects, so the form is all a page waits
 * for, and a code typed or filled in at once waits as little as can be for the check.
 */
export const attemptModule = lazyModule(() => import('./attempt/sign-in-attempt.js'));
