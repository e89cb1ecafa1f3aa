// Near-duplicate pairs at scale: MinHash + LSH proposes, exact Jaccard on shingle sets confirms.
import { createMinHasher, lshCandidatePairs, type MinHashParams } from './minhash.js';
import { jaccard, shingleSet, words } from './shingles.js';
import { createUnionFind } from './union-find.js';

export interface NearDuplicatePair { a: number; b: number; jaccard: number }

export interface NearDuplicateResult {
  shingles: Uint32Array[];
  pairs: NearDuplicatePair[];
  /** Cluster label (smallest member index) per document. */
  labels: Int32Array;
  candidatePairs: number;
}

export interface NearDuplicateOptions extends Partial<MinHashParams> {
  /** Exact Jaccard a candidate pair must reach. */
  threshold?: number;
  /** Optional filter, e.g. "not the same candidate". */
  keepPair?: (a: number, b: number) => boolean;
}

export function findNearDuplicates(texts: string[] | Uint32Array[], opts: NearDuplicateOptions = {}): NearDuplicateResult {
  const hasher = createMinHasher(opts);
  const { bands, rows, shingle } = hasher.params;
  const threshold = opts.threshold ?? 0.8;
  const shingles = texts.map((t) => (typeof t === 'string' ? shingleSet(words(t), shingle) : t));
  const sigs = shingles.map((s) => hasher.signature(s));
  const cands = lshCandidatePairs(sigs, bands, rows);
  const uf = createUnionFind(shingles.length);
  const pairs: NearDuplicatePair[] = [];
  for (const [a, b] of cands) {
    if (opts.keepPair && !opts.keepPair(a, b)) continue;
    const j = jaccard(shingles[a] as Uint32Array, shingles[b] as Uint32Array);
    if (j >= threshold) {
      pairs.push({ a, b, jaccard: j });
      uf.union(a, b);
    }
  }
  const labels = new Int32Array(shingles.length);
  for (let i = 0; i < shingles.length; i++) labels[i] = uf.find(i);
  return { shingles, pairs, labels, candidatePairs: cands.length };
}
