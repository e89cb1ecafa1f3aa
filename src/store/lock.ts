// One process owns an embedded database directory: a lock file says who, and a stale lock is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors/app-error.js';

export interface LockInfo {
  pid: number;
  command: string;
  port?: number;
  startedAt: string;
}

const LOCK_FILE = 'trustline.lock';

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

export function readLock(dir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && alive(info.pid) && info.pid !== process.pid ? info : null;
  } catch { return null; }
}

/** Takes the directory or throws DB_BUSY naming the owner; returns the release function. */
export function acquireLock(dir: string, info: Omit<LockInfo, 'pid' | 'startedAt'>): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const body = JSON.stringify({ ...info, pid: process.pid, startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, body);
      closeSync(fd);
      let released = false;
      const release = () => { if (!released) { released = true; rmSync(path, { force: true }); } };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readLock(dir);
      if (owner) {
        const via = owner.port ? ` Import through it instead (trustline import uses the server automatically, or POST http://localhost:${owner.port}/api/import), or stop it first.` : ' Wait for it to finish or stop it.';
        throw new AppError('DB_BUSY', `the database directory ${dir} is in use by process ${owner.pid} (trustline ${owner.command}${owner.port ? ` on port ${owner.port}` : ''}).${via}`, { status: 409, details: owner });
      }
      rmSync(path, { force: true }); // stale: its owner is gone
    }
  }
  throw new AppError('DB_BUSY', `could not lock the database directory ${dir}`, { status: 409 });
}
