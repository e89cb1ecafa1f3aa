// Test fixture builder: a throw-away data dir that links the shipped datasets and overrides some files.
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultDataDir } from './data-paths.js';

/** Links every top-level dataset folder except those overridden; manifest.json is copied (updates rewrite it). */
export function makeTestDataDir(overrides: Record<string, string> = {}): { dir: string; cleanup: () => void } {
  const src = defaultDataDir();
  const dir = mkdtempSync(join(tmpdir(), 'trustline-data-'));
  const overriddenTop = new Set(Object.keys(overrides).map((p) => p.split('/')[0]!));
  for (const name of readdirSync(src)) {
    if (name === 'manifest.json') cpSync(join(src, name), join(dir, name));
    else if (overriddenTop.has(name)) cpSync(join(src, name), join(dir, name), { recursive: true });
    else symlinkSync(join(src, name), join(dir, name));
  }
  for (const [path, text] of Object.entries(overrides)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
