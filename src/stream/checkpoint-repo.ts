// PostgreSQL side of a partition: claim it with a fencing epoch, load state lazily, commit state + sequence atomically.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PersonState } from '../detect/index.js';
import type { Db } from '../store/db.js';
import { detectionState, streamCheckpoints, streamKeyState } from '../store/schema/index.js';

/**
 * Takes the partition's checkpoint row for `epoch` (a lease revision, increasing with every takeover).
 * Returns the sequence to resume after, or null when a newer owner has already claimed it.
 */
export async function claimCheckpoint(db: Db, tenantId: string, partition: string, epoch: number, owner: string): Promise<number | null> {
  const rows = await db.insert(streamCheckpoints).values({ tenantId, partition, seq: 0, epoch, owner })
    .onConflictDoUpdate({
      target: [streamCheckpoints.tenantId, streamCheckpoints.partition],
      set: { epoch, owner, updatedAt: sql`now()` },
      setWhere: sql`${streamCheckpoints.epoch} < ${epoch}`,
    }).returning({ seq: streamCheckpoints.seq });
  return rows[0]?.seq ?? null;
}

export async function readCheckpoints(db: Db, tenantId: string): Promise<Record<string, number>> {
  const rows = await db.select().from(streamCheckpoints).where(eq(streamCheckpoints.tenantId, tenantId));
  return Object.fromEntries(rows.map((r) => [r.partition, r.seq]));
}

/** Person states by person id (detection_state, keyed by person as in single-process mode). */
export async function loadPersonStates(db: Db, tenantId: string, personIds: string[]): Promise<Record<string, PersonState>> {
  const out: Record<string, PersonState> = {};
  for (let i = 0; i < personIds.length; i += 1000) {
    const rows = await db.select().from(detectionState)
      .where(and(eq(detectionState.tenantId, tenantId), inArray(detectionState.key, personIds.slice(i, i + 1000))));
    for (const r of rows) out[r.key] = r.state as PersonState;
  }
  return out;
}

export async function loadKeyStates(db: Db, tenantId: string, ns: string, keys: string[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await db.select().from(streamKeyState)
      .where(and(eq(streamKeyState.tenantId, tenantId), eq(streamKeyState.ns, ns), inArray(streamKeyState.key, keys.slice(i, i + 1000))));
    for (const r of rows) out.set(r.key, r.state);
  }
  return out;
}

export interface BatchCommit {
  partition: string;
  epoch: number;
  seq: number;
  people?: Record<string, PersonState>;
  keys?: { ns: string; key: string; state: unknown }[];
}

export class FencedError extends Error {
  constructor(partition: string) { super(`partition ${partition}: taken over by a newer owner`); this.name = 'FencedError'; }
}

/**
 * State and the sequence it covers, in one transaction; the sequence moves only while `epoch` still owns the row,
 * so a worker that lost its lease (paused, partitioned) cannot overwrite its successor's progress.
 */
export async function commitBatch(db: Db, tenantId: string, c: BatchCommit): Promise<void> {
  await db.transaction(async (tx) => {
    const moved = await tx.update(streamCheckpoints).set({ seq: c.seq, updatedAt: sql`now()` })
      .where(and(eq(streamCheckpoints.tenantId, tenantId), eq(streamCheckpoints.partition, c.partition), eq(streamCheckpoints.epoch, c.epoch)))
      .returning({ seq: streamCheckpoints.seq });
    if (moved.length === 0) throw new FencedError(c.partition);
    const people = Object.entries(c.people ?? {}).map(([key, state]) => ({ tenantId, key, state }));
    for (let i = 0; i < people.length; i += 500) {
      await tx.insert(detectionState).values(people.slice(i, i + 500))
        .onConflictDoUpdate({ target: [detectionState.tenantId, detectionState.key], set: { state: sql`excluded.state`, updatedAt: sql`now()` } });
    }
    const keys = (c.keys ?? []).map((k) => ({ tenantId, ...k }));
    for (let i = 0; i < keys.length; i += 500) {
      await tx.insert(streamKeyState).values(keys.slice(i, i + 500))
        .onConflictDoUpdate({ target: [streamKeyState.tenantId, streamKeyState.ns, streamKeyState.key], set: { state: sql`excluded.state`, updatedAt: sql`now()` } });
    }
  });
}
