/**
 * Remembers `compute`'s result per `keyOf(...args)`, keeping the `limit` most recently used. A Map iterates
 * in insertion order, so re-inserting on every hit keeps the least recently used entry first: that is the
 * one dropped when the cache is full.
 */
export function boundedMemo<A extends unknown[], V>(
  limit: number,
  keyOf: (...args: A) => string,
  compute: (...args: A) => V,
): (...args: A) => V {
  const entries = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (entries.has(key)) {
      const hit = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = compute(...args);
    entries.set(key, value);
    for (const oldest of entries.keys()) {
      if (entries.size <= limit) break;
      entries.delete(oldest);
    }
    return value;
  };
}
