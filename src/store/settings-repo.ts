// Per-tenant settings stored with the data; the environment can add to them but a tenant's own stay with it.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './db.js';
import { tenantSettings } from './schema/index.js';

const CidrList = z.array(z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, 'not an IP address or CIDR range'));

export async function getCorporateRanges(db: Db, tenantId: string): Promise<string[]> {
  const [row] = await db.select().from(tenantSettings).where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.key, 'corporate_ranges')));
  return row ? CidrList.parse(row.value) : [];
}

export async function setCorporateRanges(db: Db, tenantId: string, ranges: string[]): Promise<void> {
  const value = CidrList.parse(ranges);
  await db.insert(tenantSettings).values({ tenantId, key: 'corporate_ranges', value })
    .onConflictDoUpdate({ target: [tenantSettings.tenantId, tenantSettings.key], set: { value, updatedAt: sql`now()` } });
}

/** Ranges from the environment plus the tenant's own, de-duplicated. */
export async function effectiveCorporateRanges(db: Db, tenantId: string, fromEnv: string[]): Promise<string[]> {
  return [...new Set([...fromEnv, ...(await getCorporateRanges(db, tenantId))])];
}
