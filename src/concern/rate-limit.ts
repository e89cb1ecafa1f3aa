// A small in-memory sliding-window limiter per key (client address): enough for one server process guarding a
// public form; the key map is bounded so a flood of addresses cannot grow it without end.
export interface WindowLimiter {
  /** Counts one request for the key; false when the key is over its limit in the window. */
  hit(key: string): boolean;
  /** Seconds until the key may try again (0 when it may now). */
  retryAfter(key: string): number;
}

export function windowLimiter(opts: { max: number; windowMs: number; maxKeys?: number; now?: () => number }): WindowLimiter {
  const now = opts.now ?? Date.now;
  const maxKeys = opts.maxKeys ?? 10_000;
  const hits = new Map<string, number[]>();
  const live = (key: string, t: number) => (hits.get(key) ?? []).filter((x) => x > t - opts.windowMs);
  return {
    hit(key) {
      const t = now();
      const list = live(key, t);
      if (list.length >= opts.max) { hits.set(key, list); return false; }
      list.push(t);
      hits.delete(key);
      hits.set(key, list);
      // Oldest-touched keys go first (Map keeps insertion order and a hit re-inserts).
      while (hits.size > maxKeys) { const first = hits.keys().next().value; if (first === undefined) break; hits.delete(first); }
      return true;
    },
    retryAfter(key) {
      const t = now();
      const list = live(key, t);
      if (list.length < opts.max) return 0;
      return Math.max(1, Math.ceil(((list[0] ?? t) + opts.windowMs - t) / 1000));
    },
  };
}
