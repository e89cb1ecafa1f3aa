// Starts the real server (built web app, seeded database) on a free loopback port and Debian's Chromium through playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildServer } from '../../../src/api/server.js';
import { readEnv } from '../../../src/config/env.js';
import { sources } from '../../../src/sources/registry.js';
import type { Database } from '../../../src/store/db.js';
import { pgliteTestDatabase } from '../../support/test-db.js';
import { removeSeedDir, seedSimulated } from './seed.js';

export const CHROMIUM = process.env.TRUSTLINE_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumSkip = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) to run the web tests`;
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The server serves web/dist; build it once when missing (a few seconds with Vite). */
export function ensureWebBuild(): void {
  if (existsSync(`${root}web/dist/index.html`)) return;
  const r = spawnSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web build failed');
}

export interface Harness { base: string; browser: Browser; resumes: string[]; close(): Promise<void> }

export async function startHarness(): Promise<Harness> {
  ensureWebBuild();
  const database: Database = await pgliteTestDatabase();
  const seed = await seedSimulated(database);
  const app = await buildServer({ env: readEnv({ TRUSTLINE_LOG_LEVEL: 'warn' }), database, sources, rejectsDir: `${seed.dir}/_rejects`, version: 'test' }, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    base: `http://127.0.0.1:${port}`, browser, resumes: seed.resumes,
    async close() { await browser.close(); await app.close(); await database.close(); removeSeedDir(seed.dir); },
  };
}
