/**
 * Stores `value` under `key`, keeping `map` at most `cap` entries: when a new key would
 * pass the cap, expired entries go first, then the oldest (a Map iterates in insertion
 * order). Without a cap, anyone who can create sessions or counters could grow the
 * process's memory without end.
 */
export function setBounded<K, V>(
  map: Map<K, V>,
  key: K,
  value: V,
  cap: number,
  isExpired: (value: V) => boolean,
): void {
  if (!map.has(key) && map.size >= cap) {
    for (const [oldKey, oldValue] of map) if (isExpired(oldValue)) map.delete(oldKey);
    for (const oldKey of map.keys()) {
      if (map.size < cap) break;
      map.delete(oldKey);
    }
  }
  map.set(key, value);
}
