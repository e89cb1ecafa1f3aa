// Compact sorted IP-range tables (typed arrays, binary search) for IPv4 and IPv6, with one number per range.
import type { Cidr4, Cidr6, ParsedIp, V6Words } from './ip-address.js';

/** Non-overlapping ranges sorted by start. IPv6 bounds are 4 words per range, flattened. */
export interface RangeTable {
  v4Start: Uint32Array;
  v4End: Uint32Array;
  v4Value: Uint32Array;
  v6Start: Uint32Array;
  v6End: Uint32Array;
  v6Value: Uint32Array;
}

export const NOT_FOUND = -1;

/** Index of the IPv4 range holding ip, or -1. */
export function find4(t: RangeTable, ip: number): number {
  const s = t.v4Start;
  let lo = 0;
  let hi = s.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! <= ip) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at >= 0 && t.v4End[at]! >= ip ? at : NOT_FOUND;
}

/** Compare the 4-word value at flat offset o of arr with w: <0, 0, >0. */
function cmp6(arr: Uint32Array, o: number, w: V6Words): number {
  for (let i = 0; i < 4; i++) {
    const d = arr[o + i]! - w[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

export function find6(t: RangeTable, ip: V6Words): number {
  let lo = 0;
  let hi = t.v6Value.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp6(t.v6Start, mid * 4, ip) <= 0) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at >= 0 && cmp6(t.v6End, at * 4, ip) >= 0 ? at : NOT_FOUND;
}

/** Value of the range holding ip, or -1. */
export function lookupValue(t: RangeTable, ip: ParsedIp): number {
  if (ip.version === 4) {
    const i = find4(t, ip.v4);
    return i < 0 ? NOT_FOUND : t.v4Value[i]!;
  }
  const i = find6(t, ip.v6);
  return i < 0 ? NOT_FOUND : t.v6Value[i]!;
}

export function rangeCount(t: RangeTable): number {
  return t.v4Value.length + t.v6Value.length;
}

export function tableBytes(t: RangeTable): number {
  return [t.v4Start, t.v4End, t.v4Value, t.v6Start, t.v6End, t.v6Value].reduce((n, a) => n + a.byteLength, 0);
}

function lt6(a: V6Words, b: V6Words): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Next address after w (saturating), to detect adjacency when merging. */
function next6(w: V6Words): V6Words {
  const r = [...w] as V6Words;
  for (let i = 3; i >= 0; i--) {
    if (r[i] === 0xffffffff) r[i] = 0;
    else { r[i] = r[i]! + 1; return r; }
  }
  return [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];
}

export type Entry = (Cidr4 | Cidr6) & { value: number };

/**
 * Sort and flatten ranges. Overlaps resolve to the earliest-added entry (lists are added in priority
 * order); adjacent ranges with the same value are merged to keep the table small.
 */
export function buildRangeTable(entries: Entry[]): RangeTable {
  const v4 = entries.filter((e): e is Cidr4 & { value: number } => e.version === 4);
  const v6 = entries.filter((e): e is Cidr6 & { value: number } => e.version === 6);
  const order4 = v4.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  const s4: number[] = [];
  const e4: number[] = [];
  const val4: number[] = [];
  for (const { e } of order4) {
    const last = s4.length - 1;
    let start = e.start;
    if (last >= 0 && e.start <= e4[last]!) {
      if (e.end <= e4[last]!) continue; // inside an earlier range
      start = e4[last]! + 1; // keep the earlier range's claim, add the rest
    }
    if (last >= 0 && val4[last] === e.value && start === e4[last]! + 1) { e4[last] = e.end; continue; }
    s4.push(start); e4.push(e.end); val4.push(e.value);
  }
  const order6 = v6.map((e, i) => ({ e, i })).sort((a, b) => lt6(a.e.start, b.e.start) || a.i - b.i);
  const s6: V6Words[] = [];
  const e6: V6Words[] = [];
  const val6: number[] = [];
  for (const { e } of order6) {
    const last = s6.length - 1;
    let start = e.start;
    if (last >= 0 && lt6(e.start, e6[last]!) <= 0) {
      if (lt6(e.end, e6[last]!) <= 0) continue;
      start = next6(e6[last]!);
    }
    if (last >= 0 && val6[last] === e.value && lt6(start, next6(e6[last]!)) === 0) { e6[last] = e.end; continue; }
    s6.push(start); e6.push(e.end); val6.push(e.value);
  }
  return {
    v4Start: Uint32Array.from(s4),
    v4End: Uint32Array.from(e4),
    v4Value: Uint32Array.from(val4),
    v6Start: Uint32Array.from(s6.flat()),
    v6End: Uint32Array.from(e6.flat()),
    v6Value: Uint32Array.from(val6),
  };
}
