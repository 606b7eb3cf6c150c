import { lazyModule } from '../shared/lazy-module.js';

/**
 * What happens once a code is submitted (attempt/): the API clients, the backend's answer read,
 * and the screens after. Loaded when the page is idle or at the first keystroke, so the form
 * is all a page pays for up front.
 */
export const attemptModule = lazyModule(() => import('./attempt/sign-in-attempt.js'), 3000, 1000);
