// Runs a raw select on either engine and returns plain rows (PGlite gives {rows}, postgres-js gives an array).
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db.js';

export async function selectRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const res = await db.execute(query) as unknown;
  if (Array.isArray(res)) return res as T[];
  return ((res as { rows?: T[] }).rows ?? []);
}
