// Groups of people tied together by shared address, pay destination or infrastructure (laptop farms and the like).
import { z } from 'zod';

export const CLUSTER_KINDS = ['laptop_farm', 'shared_payment', 'shared_infrastructure'] as const;
export const CLUSTER_EDGE_KINDS = ['address', 'bank', 'wallet', 'ip', 'device', 'authenticator', 'hostname'] as const;

export const ClusterEdgeSchema = z.object({
  /** Person ids; `a` < `b` so an edge has one spelling. */
  a: z.string().min(1),
  b: z.string().min(1),
  kind: z.enum(CLUSTER_EDGE_KINDS),
  /** 0..1: how much this shared thing alone says the two are run together. */
  strength: z.number().min(0).max(1),
  /** When the sharing was seen (ISO 8601); null when the record has no date. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Human-readable evidence (masked: never a full account number). */
  detail: z.string(),
  /** Machine-readable evidence: the shared value's key, event ids, counts. */
  facts: z.record(z.string(), z.unknown()).default({}),
});
export type ClusterEdge = z.output<typeof ClusterEdgeSchema>;

export const ClusterLocationSchema = z.object({
  label: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type ClusterLocation = z.output<typeof ClusterLocationSchema>;

export const ClusterSchema = z.object({
  /** Stable: hash of the sorted member ids. */
  id: z.string().min(1),
  kind: z.enum(CLUSTER_KINDS),
  /** Person ids, sorted. */
  members: z.array(z.string()).min(2),
  edges: z.array(ClusterEdgeSchema),
  /** Sum of the strongest link per edge kind, summed over member pairs that form the cluster. */
  score: z.number(),
  location: ClusterLocationSchema.optional(),
  explanation: z.object({ en: z.string(), ja: z.string() }),
});
export type Cluster = z.output<typeof ClusterSchema>;
