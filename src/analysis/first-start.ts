// First start: an empty embedded database gets a small simulated organisation, so a newcomer sees a populated product.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { firstStartPreset } from '../simulate/index.js';
import type { Db } from '../store/db.js';
import { candidates, events, people } from '../store/schema/index.js';
import { importSimulationDir } from './import-simulation.js';

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [[p], [c], [e]] = await Promise.all([
    db.select({ n: count() }).from(people), db.select({ n: count() }).from(candidates), db.select({ n: count() }).from(events),
  ]);
  return (p?.n ?? 0) + (c?.n ?? 0) + (e?.n ?? 0) === 0;
}

/** Writes the fixed-seed demo organisation to a temp folder, imports and analyses it, removes the folder. */
export async function loadDemoOrganisation(db: Db, tenantId: string, rejectsDir: string) {
  const dir = await mkdtemp(join(tmpdir(), 'trustline-demo-'));
  try {
    await firstStartPreset(dir);
    return await importSimulationDir(db, tenantId, dir, rejectsDir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
