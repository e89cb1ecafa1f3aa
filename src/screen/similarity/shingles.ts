// Word tokens and hashed word k-shingles: the set representation near-duplicate detection compares.

/** Lower-cased word tokens; punctuation and bullets are layout, not content. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // NFKC only matters outside ASCII; skipping it for plain text halves shingling time.
  if (!/[^\x00-\x7f]/.test(lower)) return lower.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  return lower.normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** FNV-1a 32-bit of one word. */
export function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes k word hashes into one shingle hash (order-sensitive). */
function mix(hashes: Uint32Array, from: number, k: number): number {
  let h = 0x9e3779b9 ^ k;
  for (let i = 0; i < k; i++) {
    h = Math.imul(h ^ (hashes[from + i] ?? 0), 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Distinct hashed k-shingles, sorted ascending (sorted sets make exact Jaccard a linear merge). */
export function shingleSet(tokens: string[], k: number): Uint32Array {
  const wh = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) wh[i] = hashWord(tokens[i] ?? '');
  if (tokens.length === 0) return new Uint32Array(0);
  const n = Math.max(1, tokens.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = mix(wh, i, Math.min(k, tokens.length));
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] ?? 0;
  return out.subarray(0, w);
}

/** Exact Jaccard of two sorted distinct sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) { inter++; i++; j++; } else if (x < y) i++; else j++;
  }
  return inter / (a.length + b.length - inter);
}
