// Opens the configured database for one CLI command and always closes it.
import { readEnv, type Env } from '../config/env.js';
import { openDatabase, type Database } from '../store/db.js';

export interface CliContext { env: Env; database: Database }

export async function withDatabase<T>(command: string, fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const env = readEnv();
  const database = await openDatabase(env.TRUSTLINE_DB, { owner: { command } });
  try {
    return await fn({ env, database });
  } finally {
    await database.close();
  }
}
