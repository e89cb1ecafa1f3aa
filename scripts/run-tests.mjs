// Runs every *.test.ts under src/ and test/ with node:test through tsx (Node 20's --test finds no .ts files by itself).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFiles } from './find-files.mjs';

// The web e2e tests drive the built app: build it once here when missing (Vite, a few seconds).
if (!existsSync('web/dist/index.html') && existsSync('web/vite.config.ts')) {
  const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const only = process.argv.slice(2);
const files = only.length ? only.sort() : findFiles('.test.ts');
if (!process.env.TRUSTLINE_TEST_PG) console.log('# PostgreSQL tests skipped: TRUSTLINE_TEST_PG is not set (PGlite tests still run)');
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);
