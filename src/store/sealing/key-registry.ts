// Which master keyring belongs to an open database: registered by openDatabase with where the key comes from,
// resolved on first use (so a process that never touches sensitive fields never needs a key).
import type { Keyring } from '../../crypto/index.js';
import { AppError } from '../../errors/app-error.js';
import type { Db } from '../db.js';
import { resolveKeyring, type KeySource } from './master-key.js';

const sources = new WeakMap<Db, KeySource>();
const keyrings = new WeakMap<Db, Keyring>();

export function registerKeySource(db: Db, source: KeySource): void {
  sources.set(db, source);
  keyrings.delete(db);
}

/** Uses this keyring for the database instead of resolving one (tests; tools that hold the key themselves). */
export function attachKeyring(db: Db, keyring: Keyring): void {
  keyrings.set(db, keyring);
}

export function keySourceOf(db: Db): KeySource | undefined {
  return sources.get(db);
}

export function keyringFor(db: Db): Keyring {
  const known = keyrings.get(db);
  if (known) return known;
  const source = sources.get(db);
  // Never guess: a throw-away key for a database that outlives the process would make its values unreadable.
  if (!source) throw new AppError('CONFIG', 'no master key source for this database: open it with openDatabase()', { status: 500 });
  const k = resolveKeyring(source);
  keyrings.set(db, k);
  return k;
}
