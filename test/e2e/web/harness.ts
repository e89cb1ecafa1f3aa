// Starts the real server (built web app, seeded database) on a free loopback port and Debian's Chromium through playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildServer } from '../../../src/api/server.js';
import { readEnv } from '../../../src/config/env.js';
import { sources } from '../../../src/sources/registry.js';
import type { Database } from '../../../src/store/db.js';
import { addUser, bearer, TEST_PASSWORD } from '../../support/auth.js';
import { pgliteTestDatabase } from '../../support/test-db.js';
import { Writable } from 'node:stream';
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

/** `user`/`password`: an admin to sign in with in the browser; `auth`: a bearer header for direct API calls; `logs`: the server's log lines. */
export interface Harness { base: string; browser: Browser; resumes: string[]; user: string; password: string; auth: { authorization: string }; logs: string[]; close(): Promise<void> }

/** `seed: false` skips the simulated organisation (pages that need no people, such as administration). */
export async function startHarness(opts: { seed?: boolean } = {}): Promise<Harness> {
  ensureWebBuild();
  const database: Database = await pgliteTestDatabase();
  const seed = opts.seed === false ? { dir: mkdtempSync(join(tmpdir(), 'trustline-web-')), resumes: [] } : await seedSimulated(database);
  await addUser(database, 'web-admin', 'admin');
  const auth = await bearer(database, 'admin');
  // Every request is logged at info level into memory, so a test can check that no PII or secret reaches the logs.
  const logs: string[] = [];
  const logStream = new Writable({ write(chunk: Buffer, _enc, cb) { logs.push(chunk.toString()); cb(); } });
  const app = await buildServer({ env: readEnv({ TRUSTLINE_LOG_LEVEL: 'info' }), database, sources, rejectsDir: `${seed.dir}/_rejects`, version: 'test' }, { logStream });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    base: `http://127.0.0.1:${port}`, browser, resumes: seed.resumes, user: 'web-admin', password: TEST_PASSWORD, auth, logs,
    async close() { await browser.close(); await app.close(); await database.close(); removeSeedDir(seed.dir); },
  };
}
