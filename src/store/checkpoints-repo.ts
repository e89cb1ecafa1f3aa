// Connector checkpoints: where each live pull stopped, saved only after its events are stored.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { checkpoints } from './schema/index.js';

export function checkpointsRepo(db: Db, tenantId: string) {
  return {
    async get(connector: string): Promise<string | null> {
      const [row] = await db.select({ value: checkpoints.value }).from(checkpoints)
        .where(and(eq(checkpoints.tenantId, tenantId), eq(checkpoints.connector, connector)));
      return row?.value ?? null;
    },
    async set(connector: string, value: string): Promise<void> {
      await db.insert(checkpoints).values({ tenantId, connector, value })
        .onConflictDoUpdate({ target: [checkpoints.tenantId, checkpoints.connector], set: { value, updatedAt: sql`now()` } });
    },
  };
}
