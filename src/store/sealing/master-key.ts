// Where the master key comes from. TRUSTLINE_MASTER_KEY always wins. Without it: the embedded database keeps a key
// file it generates on first use in its data directory (mode 0600); an in-memory database gets a throw-away key;
// PostgreSQL is refused, since a key kept in the database would sit in every backup beside what it protects.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoError, keyringFromEnv, makeKeyring, parseMasterKey, type Keyring, type MasterKey } from '../../crypto/index.js';
import { AppError } from '../../errors/app-error.js';

export type KeySource = { kind: 'directory'; dir: string } | { kind: 'memory' } | { kind: 'postgres' };

export const MASTER_KEY_FILE = 'trustline.master-key';

export const keyFilePath = (dir: string): string => join(dir, MASTER_KEY_FILE);

const configError = (message: string, cause?: unknown) => new AppError('CONFIG', message, { status: 500, cause });

export function resolveKeyring(source: KeySource, env: Record<string, string | undefined> = process.env): Keyring {
  let fromEnv: Keyring | null;
  try {
    fromEnv = keyringFromEnv(env);
  } catch (e) {
    // The crypto module's messages name the variable, never its value.
    throw configError(e instanceof Error ? e.message : String(e), e);
  }
  const file = source.kind === 'directory' ? keyFilePath(source.dir) : null;
  if (fromEnv) {
    // A key file from before the variable was set stays readable, so `trustline keys rotate` can re-wrap under the new key.
    const old = file ? readKeyFile(file, false) : null;
    if (!old || fromEnv.get(old.id)) return fromEnv;
    return makeKeyring(fromEnv.current, [...previousOf(fromEnv), old]);
  }
  const previous = (): MasterKey[] => {
    try { return previousList(env); } catch (e) { throw configError(e instanceof Error ? e.message : String(e), e); }
  };
  switch (source.kind) {
    case 'directory': return makeKeyring(readKeyFile(file!, true)!, previous());
    case 'memory': return makeKeyring(parseMasterKey(randomBytes(32).toString('base64')), previous());
    case 'postgres':
      throw configError('TRUSTLINE_MASTER_KEY is not set: with PostgreSQL it is required (32 random bytes in base64, e.g. from '
        + '`openssl rand -base64 32`, kept outside the database and its backups). Trustline does not store bank accounts, wallet '
        + 'addresses, document numbers or dates of birth without it. See docs/security.md.');
  }
}

function previousOf(k: Keyring): MasterKey[] {
  return k.ids().filter((id) => id !== k.current.id).map((id) => k.get(id)!);
}

function previousList(env: Record<string, string | undefined>): MasterKey[] {
  return (env.TRUSTLINE_MASTER_KEYS_PREVIOUS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    .map((s) => parseMasterKey(s, 'TRUSTLINE_MASTER_KEYS_PREVIOUS'));
}

/** Reads the key file; creates it (exclusively, mode 0600) when `create` and it is missing. */
function readKeyFile(path: string, create: boolean): MasterKey | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw configError(`cannot read the master key file ${path}: ${(e as Error).message}`, e);
    if (!create) return null;
    try {
      writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (w) {
      // Another process created it first: use theirs.
      if ((w as NodeJS.ErrnoException).code !== 'EEXIST') throw configError(`cannot create the master key file ${path}: ${(w as Error).message}`, w);
    }
    text = readFileSync(path, 'utf8');
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    throw configError(`the master key file ${path} is readable by other users: run \`chmod 600 ${path}\``);
  }
  try {
    return parseMasterKey(text, path);
  } catch (e) {
    throw configError(e instanceof CryptoError ? e.message : `the master key file ${path} is not a key`, e);
  }
}
