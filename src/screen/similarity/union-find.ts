// Disjoint sets with path halving: connected groups from pairwise links.

export interface UnionFind {
  find(x: number): number;
  union(a: number, b: number): void;
  groups(): number[][];
}

export function createUnionFind(n: number): UnionFind {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let v = x;
    while (parent[v] !== v) {
      const p = parent[v] ?? v;
      parent[v] = parent[p] ?? p;
      v = parent[v] ?? v;
    }
    return v;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
    groups() {
      const m = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        const r = find(i);
        const g = m.get(r);
        if (g) g.push(i); else m.set(r, [i]);
      }
      return [...m.values()];
    },
  };
}
