import type { UserChangeListener } from './types.js';

/**
 * Subscribes to a client's user changes, whichever kind it is: a TotpApi with
 * `onUserChange`, or a Stytch SDK client with `user.onChange`. Kept apart from the
 * clients so the element can listen from the start without loading them.
 */
export function subscribeToUserChanges(client: unknown, listener: UserChangeListener): (() => void) | null {
  const candidate = client as {
    onUserChange?: (listener: UserChangeListener) => () => void;
    user?: { onChange?: (listener: UserChangeListener) => () => void };
  } | null;
  if (typeof candidate?.onUserChange === 'function') return candidate.onUserChange(listener);
  if (typeof candidate?.user?.onChange === 'function') return candidate.user.onChange(listener);
  return null;
}
