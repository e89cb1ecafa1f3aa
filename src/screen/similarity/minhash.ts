// MinHash signatures and banded LSH: finds document pairs likely above a Jaccard threshold without comparing all pairs.

export interface MinHashParams {
  /** Words per shingle. */
  shingle: number;
  bands: number;
  rows: number;
  seed: number;
  /**
   * 'oph': one permutation hashing with rotation densification — O(shingles + slots) per document, the default
   * for scale; 'kperm': one hash function per slot — O(shingles × slots), classic and steadier on very short texts.
   */
  scheme: 'oph' | 'kperm';
}

/** 20 bands × 5 rows: a pair at Jaccard 0.8 becomes a candidate with p ≈ 0.9996, at 0.3 with p ≈ 0.05. */
export const DEFAULT_MINHASH: MinHashParams = { shingle: 4, bands: 20, rows: 5, seed: 0x5eed, scheme: 'oph' };

export interface MinHasher {
  params: MinHashParams;
  signature(shingles: Uint32Array): Uint32Array;
}

function splitmix(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createMinHasher(params: Partial<MinHashParams> = {}): MinHasher {
  const p = { ...DEFAULT_MINHASH, ...params };
  const n = p.bands * p.rows;
  const rnd = splitmix(p.seed);
  const mulA = new Int32Array(n);
  const xorB = new Int32Array(n);
  for (let i = 0; i < n; i++) { mulA[i] = rnd() | 1; xorB[i] = rnd(); }
  const oph = (sh: Uint32Array): Uint32Array => {
    const sig = new Uint32Array(n).fill(0xffffffff);
    const filled = new Uint8Array(n);
    const s0 = mulA[0] ?? 1;
    for (let j = 0; j < sh.length; j++) {
      let v = Math.imul((sh[j] ?? 0) ^ (xorB[0] ?? 0), s0);
      v ^= v >>> 15;
      v = Math.imul(v, 0x2c1b3c6d);
      v ^= v >>> 12;
      const u = v >>> 0;
      // High bits pick the slot, the whole value ranks within it: one hash does the work of n.
      const bin = Math.floor((u / 4294967296) * n);
      if (u <= (sig[bin] ?? 0)) { sig[bin] = u; filled[bin] = 1; }
    }
    // Rotation densification: an empty slot borrows the next filled slot's value, offset by the distance,
    // so two documents agree on it exactly when they agree on the slot it borrowed from.
    for (let i = 0; i < n; i++) {
      if (filled[i]) continue;
      for (let d = 1; d < n; d++) {
        const j = (i + d) % n;
        if (filled[j]) { sig[i] = ((sig[j] ?? 0) + Math.imul(d, 0x9e3779b1)) >>> 0; break; }
      }
    }
    return sig;
  };
  return {
    params: p,
    signature(sh) {
      if (p.scheme === 'oph') return oph(sh);
      const sig = new Uint32Array(n).fill(0xffffffff);
      for (let j = 0; j < sh.length; j++) {
        const x = sh[j] ?? 0;
        for (let i = 0; i < n; i++) {
          // Multiply–xorshift hash family: cheap, and independent enough for min-wise sampling.
          let v = Math.imul(x ^ (xorB[i] ?? 0), mulA[i] ?? 1);
          v ^= v >>> 15;
          v = Math.imul(v, 0x2c1b3c6d);
          v ^= v >>> 12;
          const u = v >>> 0;
          if (u < (sig[i] ?? 0)) sig[i] = u;
        }
      }
      return sig;
    },
  };
}

/** Fraction of equal signature slots: an unbiased estimate of Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return a.length ? eq / a.length : 0;
}

/** Banded LSH buckets; yields candidate pairs (i < j) once each. */
export function lshCandidatePairs(signatures: Uint32Array[], bands: number, rows: number, maxBucket = 200): Array<[number, number]> {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = signatures.length;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<number, number[]>();
    for (let d = 0; d < n; d++) {
      const sig = signatures[d] as Uint32Array;
      let h = 0x811c9dc5 ^ b;
      for (let r = 0; r < rows; r++) {
        h = Math.imul(h ^ (sig[b * rows + r] ?? 0), 0x01000193);
        h ^= h >>> 15;
      }
      const key = h >>> 0;
      const list = buckets.get(key);
      if (list) list.push(d); else buckets.set(key, [d]);
    }
    for (const list of buckets.values()) {
      if (list.length < 2) continue;
      // Huge buckets (boilerplate) would be quadratic; chain them instead — union-find keeps the cluster.
      const big = list.length > maxBucket;
      for (let x = 0; x < list.length; x++) {
        const lim = big ? Math.min(list.length, x + 2) : list.length;
        for (let y = x + 1; y < lim; y++) {
          const i = list[x] ?? 0;
          const j = list[y] ?? 0;
          const key = i * n + j;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([i, j]);
        }
      }
    }
  }
  return pairs;
}
