// Runs the real CLI as a child process and SIGKILLs it at a chosen point, for the crash-safety tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

export const bin = fileURLToPath(new URL('../../bin/trustline.mjs', import.meta.url));

export interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Exit code, or the signal name when killed. */
  done: Promise<number | string>;
}

export function startCli(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env, CI: 'true', TRUSTLINE_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '', err = '';
  child.stdout?.on('data', (c: Buffer) => { out += c.toString(); });
  child.stderr?.on('data', (c: Buffer) => { err += c.toString(); });
  const done = new Promise<number | string>((res) => child.on('exit', (code, sig) => res(sig ?? code ?? -1)));
  return { child, out: () => out, err: () => err, done };
}

/**
 * How far a process has read a file: the offset of its descriptor, from /proc (Linux).
 * null when the file is not open (yet, or any more) or /proc is not there.
 */
export function readOffset(pid: number, file: string): number | null {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target: string;
      try { target = readlinkSync(join(`/proc/${pid}/fd`, fd)); } catch { continue; }
      if (target !== file) continue;
      const m = /^pos:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'));
      if (m?.[1]) return Number(m[1]);
    }
  } catch { /* not Linux, or the process is gone */ }
  return null;
}

export const hasProc = (() => { try { readdirSync(`/proc/${process.pid}/fd`); return true; } catch { return false; } })();

/** Polls `ready` every few ms; SIGKILLs the child once it holds (true) or the child exits first (false). */
export async function killWhen(run: Run, ready: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  let exited = false;
  void run.done.then(() => { exited = true; });
  while (!exited && Date.now() < until) {
    if (ready()) { run.child.kill('SIGKILL'); await run.done; return true; }
    await new Promise((r) => setTimeout(r, 5));
  }
  if (!exited) { run.child.kill('SIGKILL'); await run.done; return true; }
  return false;
}

/** Small seeded PRNG (mulberry32): kill points are random but a failing run can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh PostgreSQL database for one test; `drop` removes it (forcing out leftover connections). */
export async function freshPostgres(baseUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try { await a.unsafe(`drop database if exists "${name}" with (force)`); } finally { await a.end(); }
    },
  };
}
