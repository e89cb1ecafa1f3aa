// Stream layout: per-tenant stream name, subjects partitioned by a stable hash of the person (or of the shared key).
import { z } from 'zod';

/** Subjects of one tenant: events by person partition, cross-person keys by key partition, unattributed events. */
export const StreamConfigSchema = z.object({
  tenant: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/),
  partitions: z.number().int().min(1).max(1024).default(16),
});
export type StreamConfig = z.output<typeof StreamConfigSchema>;

export type UnitKind = 'events' | 'keys';
/** One unit of ownership: a person partition ("events") or a shared-key partition ("keys"). */
export interface Unit { kind: UnitKind; index: number }

/** FNV-1a 32-bit: stable across processes, platforms and releases (never Math.random or a per-process seed). */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

export const partitionOf = (id: string, partitions: number) => stableHash(id) % partitions;

/** One stream per tenant: retention, limits and deletion stay per client tenant. */
export const streamName = (tenant: string) => `trustline-${tenant}`;
export const subjectRoot = (tenant: string) => `trustline.${tenant}`;
export const unitSubject = (tenant: string, u: Unit) => `${subjectRoot(tenant)}.${u.kind}.${u.index}`;
export const unattributedSubject = (tenant: string) => `${subjectRoot(tenant)}.events.unattributed`;
export const unitName = (u: Unit) => `${u.kind}.${u.index}`;
/** Durable consumer names may not contain dots. */
export const durableName = (tenant: string, u: Unit) => `tl_${tenant}_${u.kind}_${u.index}`;

export function allUnits(partitions: number): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < partitions; i++) out.push({ kind: 'events', index: i }, { kind: 'keys', index: i });
  return out;
}

export function parseUnit(name: string): Unit | null {
  const m = /^(events|keys)\.(\d+)$/.exec(name);
  return m ? { kind: m[1] as UnitKind, index: Number(m[2]) } : null;
}
