import { StoreFullError } from './store-full.js';

/** A map of at most `cap` entries that forgets only what `canForget` allows. */
export interface BoundedMap<V> {
  get(key: string): V | undefined;
  delete(key: string): void;
  /**
   * Stores `value` under `key`. Replacing an entry never counts against the cap. A new key at
   * the cap first drops every entry `canForget` allows (say, expired sessions); when none can
   * go, nothing is dropped and the new entry is refused with {@link StoreFullError}. Dropping
   * the oldest instead would let a flood of sign-ups or guesses erase a victim's verified TOTP
   * or lockout.
   */
  set(key: string, value: V): void;
}

export interface BoundedMapOptions<V> {
  /** What the map holds, plural, for the refusal and the log line: `'sessions'`. */
  what: string;
  cap: number;
  /** The memory-store option that sets `cap`, so the log line says what to raise. */
  option: string;
  /** True for an entry that holds nothing worth keeping. */
  canForget: (value: V) => boolean;
  /** Told once, at the first refusal: a flood must not flood the log too. */
  log: (line: string) => void;
}

export function createBoundedMap<V>({ what, cap, option, canForget, log }: BoundedMapOptions<V>): BoundedMap<V> {
  const entries = new Map<string, V>();
  let refusalLogged = false;

  function makeRoom(): boolean {
    // Every forgettable entry goes, not just one: the sweep then runs once per batch of expiries.
    for (const [key, value] of entries) if (canForget(value)) entries.delete(key);
    return entries.size < cap;
  }

  return {
    get: (key) => entries.get(key),
    delete: (key) => {
      entries.delete(key);
    },
    set(key, value) {
      if (!entries.has(key) && entries.size >= cap && !makeRoom()) {
        if (!refusalLogged) {
          refusalLogged = true;
          log(
            `[stytch-backend] memory store: ${what} are at their cap of ${cap} and none can be forgotten ` +
              `without losing security state, so new ones are refused (503) until some expire. ` +
              `Raise ${option} or use a durable store. Further refusals are not logged.`,
          );
        }
        throw new StoreFullError(what);
      }
      entries.set(key, value);
    },
  };
}
