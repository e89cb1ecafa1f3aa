// The local CLI's key to a running server on the same data directory: a random bearer token in a file only the
// owner can read (mode 0600), gone when the server stops. Anyone who can read the data directory owns the data anyway.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'trustline.local-token';

export function writeLocalToken(dir: string): string {
  const token = `tl_local_${randomBytes(32).toString('base64url')}`;
  const path = join(dir, FILE);
  rmSync(path, { force: true });
  writeFileSync(path, token, { mode: 0o600, flag: 'wx' });
  process.once('exit', () => rmSync(path, { force: true }));
  return token;
}

export function readLocalToken(dir: string): string | null {
  try { return readFileSync(join(dir, FILE), 'utf8').trim() || null; } catch { return null; }
}
