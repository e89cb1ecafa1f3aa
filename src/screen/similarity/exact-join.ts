// Exact all-pairs Jaccard join with prefix filtering: the ground truth near-duplicate recall is measured against.
import { jaccard } from './shingles.js';

/** Every pair (i < j) with exact Jaccard ≥ t. Tokens are ordered rare-first so only short prefixes are indexed. */
export function exactJaccardPairs(sets: Uint32Array[], t: number): Array<[number, number, number]> {
  const freq = new Map<number, number>();
  for (const s of sets) for (const x of s) freq.set(x, (freq.get(x) ?? 0) + 1);
  const ordered = sets.map((s) => [...s].sort((a, b) => (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || a - b));
  const index = new Map<number, number[]>();
  const out: Array<[number, number, number]> = [];
  for (let j = 0; j < ordered.length; j++) {
    const s = ordered[j] as number[];
    const prefix = s.length - Math.ceil(t * s.length) + 1;
    const cands = new Set<number>();
    for (let p = 0; p < prefix && p < s.length; p++) for (const i of index.get(s[p] ?? 0) ?? []) cands.add(i);
    for (const i of cands) {
      const j2 = jaccard(sets[i] as Uint32Array, sets[j] as Uint32Array);
      if (j2 >= t) out.push([i, j, j2]);
    }
    for (let p = 0; p < prefix && p < s.length; p++) {
      const l = index.get(s[p] ?? 0);
      if (l) l.push(j); else index.set(s[p] ?? 0, [j]);
    }
  }
  return out;
}
