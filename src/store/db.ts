// Opens the one schema on embedded PGlite (a directory) or PostgreSQL (a URL) and brings it up to date.
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { isPostgresUrl } from '../config/env.js';
import { acquireLock } from './lock.js';
import * as schema from './schema/index.js';
import { registerKeySource } from './sealing/key-registry.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Directory or URL without password, for messages. */
  location: string;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenOptions {
  /** Who holds an embedded directory, shown to a second process that tries to open it. */
  owner?: { command: string; port?: number };
}

export async function openDatabase(target: string, opts: OpenOptions = {}): Promise<Database> {
  return isPostgresUrl(target) ? openPostgres(target) : openPglite(resolve(target), opts);
}

async function openPglite(dir: string, opts: OpenOptions): Promise<Database> {
  const release = acquireLock(dir, opts.owner ?? { command: 'cli' });
  try {
    const client = await PGlite.create(dir);
    const db = await fromPglite(client);
    // The master key file lives beside the data (docs/security.md), unless TRUSTLINE_MASTER_KEY is set.
    registerKeySource(db.db, { kind: 'directory', dir });
    return { ...db, location: dir, close: async () => { await client.close(); release(); } };
  } catch (e) {
    release();
    throw e;
  }
}

/** Wraps an already-open PGlite (tests load it from a template dump). */
export async function fromPglite(client: PGlite): Promise<Database> {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  registerKeySource(db, { kind: 'memory' });
  return { db, kind: 'pglite', location: client.dataDir ?? 'memory://', close: () => client.close() };
}

async function openPostgres(url: string): Promise<Database> {
  // Migrate on one connection under an advisory lock, so concurrent starts never race.
  const one = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await one`select pg_advisory_lock(74210551)`;
    await migratePostgres(drizzlePostgres({ client: one }), { migrationsFolder });
    await one`select pg_advisory_unlock(74210551)`;
  } finally {
    await one.end();
  }
  const client = postgres(url, { max: 8, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  registerKeySource(db, { kind: 'postgres' });
  return { db, kind: 'postgres', location: redact(url), close: () => client.end() };
}

export function redact(url: string): string {
  try { const u = new URL(url); if (u.password) u.password = '***'; return u.toString(); } catch { return 'postgres://…'; }
}
