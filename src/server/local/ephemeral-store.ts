/**
 * Marks a store that loses everything on restart (the memory store), so the backend can refuse
 * it in production. A symbol rather than a method: it is not part of the store contract, an
 * application's own store never needs it, and a store built by spreading a memory store
 * (`{ ...createMemoryStore(), getTotp }`) keeps it, being just as ephemeral.
 * `Symbol.for`, so two copies of the package agree on it.
 */
export const EPHEMERAL_STORE: unique symbol = Symbol.for('totp-enroll.ephemeral-store');

export function isEphemeralStore(store: object): boolean {
  return (store as { [EPHEMERAL_STORE]?: unknown })[EPHEMERAL_STORE] === true;
}

/** `store`, marked as ephemeral (an own, enumerable property, so spreading keeps it). */
export function markedEphemeral<S extends object>(store: S): S {
  return Object.assign(store, { [EPHEMERAL_STORE]: true });
}
