// Bounded least-recently-used cache over a Map (insertion order = recency), for per-IP results.

export interface Lru<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  readonly size: number;
}

export function createLru<K, V>(max: number): Lru<K, V> {
  const map = new Map<K, V>();
  return {
    get(key) {
      const v = map.get(key);
      if (v !== undefined) {
        // Re-insert to mark as recently used.
        map.delete(key);
        map.set(key, v);
      }
      return v;
    },
    set(key, value) {
      if (map.has(key)) map.delete(key);
      else if (map.size >= max) {
        const oldest = map.keys().next();
        if (!oldest.done) map.delete(oldest.value);
      }
      map.set(key, value);
    },
    get size() {
      return map.size;
    },
  };
}
