// Holds events briefly so they are processed in event-time order, tolerating events that arrive up to `lateMs` late.
export interface Pending<T> { t: number; seq: number; item: T }

/** Min-heap on (time, arrival order): events with equal times keep the order they came in. */
export function createReorderBuffer<T>(lateMs: number) {
  const heap: Pending<T>[] = [];
  let seq = 0;
  let maxSeen = -Infinity;
  const less = (a: Pending<T>, b: Pending<T>) => a.t < b.t || (a.t === b.t && a.seq < b.seq);
  function push(p: Pending<T>) {
    heap.push(p);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }
  function pop(): Pending<T> | undefined {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
  return {
    /** Adds an event and returns those now safe to process (older than the newest time minus the late window). */
    add(t: number, item: T): T[] {
      push({ t, seq: seq++, item });
      if (t > maxSeen) maxSeen = t;
      const out: T[] = [];
      const mark = maxSeen - lateMs;
      while (heap.length && heap[0]!.t <= mark) out.push(pop()!.item);
      return out;
    },
    drain(): T[] {
      const out: T[] = [];
      while (heap.length) out.push(pop()!.item);
      return out;
    },
    size: () => heap.length,
  };
}
