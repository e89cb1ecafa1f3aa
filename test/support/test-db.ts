// Test databases built from a template, never from scratch: PGlite from a dump of a migrated directory, PostgreSQL from a template database.
import { PGlite } from '@electric-sql/pglite';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { makeKeyring, parseMasterKey } from '../../src/crypto/index.js';
import { fromPglite, migrationsFolder, openDatabase, type Database } from '../../src/store/db.js';
import { attachKeyring } from '../../src/store/sealing/key-registry.js';

const cacheDir = fileURLToPath(new URL('../../.tmp', import.meta.url));

/** Changes whenever a migration changes, so a stale template is never used. */
function migrationsHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsFolder).filter((n) => n.endsWith('.sql')).sort()) h.update(f).update(readFileSync(join(migrationsFolder, f)));
  return h.digest('hex').slice(0, 12);
}

let pgliteTemplate: Promise<Blob> | null = null;

async function buildPgliteTemplate(): Promise<Blob> {
  const path = join(cacheDir, `pglite-template-${migrationsHash()}.tar.gz`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const client = await PGlite.create();
  await fromPglite(client);
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${path}.${process.pid}`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, path); // atomic: parallel test files never read half a file
  return dump;
}

export async function pgliteTestDatabase(): Promise<Database> {
  pgliteTemplate ??= buildPgliteTemplate();
  const client = await PGlite.create({ loadDataDir: await pgliteTemplate });
  return fromPglite(client);
}

/** A fresh PostgreSQL database cloned from a migrated template; dropped on close. */
export async function postgresTestDatabase(baseUrl: string): Promise<Database> {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  const tpl = `trustline_tpl_${migrationsHash()}`;
  const name = `trustline_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  try {
    await admin`select pg_advisory_lock(74210552)`;
    const [exists] = await admin`select 1 from pg_database where datname = ${tpl}`;
    if (!exists) {
      await admin.unsafe(`create database "${tpl}"`);
      const db = await openDatabase(withDb(baseUrl, tpl));
      await db.close();
    }
    await admin.unsafe(`create database "${name}" template "${tpl}"`);
    await admin`select pg_advisory_unlock(74210552)`;
  } finally {
    await admin.end();
  }
  const database = await openDatabase(withDb(baseUrl, name));
  // A real server refuses PostgreSQL without TRUSTLINE_MASTER_KEY; a throw-away test database gets a throw-away key.
  if (!process.env.TRUSTLINE_MASTER_KEY) attachKeyring(database.db, makeKeyring(parseMasterKey(randomBytes(32).toString('base64'))));
  return {
    ...database,
    close: async () => {
      await database.close();
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`).finally(() => a.end());
    },
  };
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export interface Engine { name: 'pglite' | 'postgres'; open(): Promise<Database> }

/** PGlite always; PostgreSQL too when TRUSTLINE_TEST_PG is a URL (CI sets it where PostgreSQL is installed). */
export function testEngines(): Engine[] {
  const engines: Engine[] = [{ name: 'pglite', open: pgliteTestDatabase }];
  const pg = process.env.TRUSTLINE_TEST_PG;
  if (pg) engines.push({ name: 'postgres', open: () => postgresTestDatabase(pg) });
  return engines;
}

export const postgresSkipReason = process.env.TRUSTLINE_TEST_PG ? false : 'TRUSTLINE_TEST_PG not set: PostgreSQL path not tested here';
