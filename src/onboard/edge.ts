// One spelling for a link between two people, and pair-wise expansion of a group sharing one thing.
import type { ClusterEdge } from '../model/index.js';

export type EdgeKind = ClusterEdge['kind'];

export function makeEdge(
  x: string, y: string, kind: EdgeKind, strength: number, from: string | null, to: string | null, detail: string,
  facts: Record<string, unknown> = {},
): ClusterEdge {
  const [a, b] = x < y ? [x, y] : [y, x];
  return { a, b, kind, strength: Math.round(strength * 1000) / 1000, from, to, detail, facts };
}

/** Every unordered pair of distinct members, in a stable order. */
export function pairs<T extends string>(members: readonly T[]): [T, T][] {
  const sorted = [...new Set(members)].sort();
  const out: [T, T][] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push([sorted[i]!, sorted[j]!]);
  return out;
}

export function minMax(values: readonly (string | null | undefined)[]): { from: string | null; to: string | null } {
  const v = values.filter((x): x is string => !!x).sort();
  return { from: v[0] ?? null, to: v[v.length - 1] ?? null };
}
