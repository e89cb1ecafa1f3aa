// `trustline serve`: runs the HTTP API and web app on the configured database until stopped.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { readEnv } from '../../config/env.js';
import { buildServer } from '../../api/server.js';
import { sources } from '../../sources/registry.js';
import { isEmptyDatabase, loadDemoOrganisation } from '../../analysis/first-start.js';
import { openDatabase } from '../../store/db.js';
import { tenantCipher } from '../../store/sealing/tenant-cipher.js';
import { ensureSecuritySchema } from '../../auth/ensure-schema.js';
import { writeLocalToken } from '../../auth/local-token.js';
import { usersRepo } from '../../auth/users-repo.js';
import { rejectsDirFor } from './import.js';

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function register(program: Command): void {
  program.command('serve')
    .description('serve the API and web app (default http://localhost:8080)')
    .option('--port <port>', 'port', (v) => Number.parseInt(v, 10), Number(process.env.PORT ?? 8080))
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .action(async (opts: { port: number; host: string }) => {
      const env = readEnv();
      const database = await openDatabase(env.TRUSTLINE_DB, { owner: { command: 'serve', port: opts.port } });
      const rejectsDir = rejectsDirFor(env.TRUSTLINE_DB, env.TRUSTLINE_REJECTS);
      // Refuses to start on PostgreSQL without TRUSTLINE_MASTER_KEY; otherwise makes sure the tenant has its data keys
      // and that nothing written before encryption existed is left in clear.
      await tenantCipher(database.db, env.TRUSTLINE_TENANT).catch(async (e: unknown) => { await database.close(); throw e; });
      if (database.kind === 'pglite' && process.env.TRUSTLINE_DEMO !== '0' && await isEmptyDatabase(database.db)) {
        process.stderr.write('First start on an empty database: loading a simulated organisation (set TRUSTLINE_DEMO=0 to start empty)…\n');
        const { analysis } = await loadDemoOrganisation(database.db, env.TRUSTLINE_TENANT, rejectsDir);
        process.stderr.write(`Demo loaded: ${analysis.events} events, ${analysis.alerts} alerts, ${analysis.scored} people scored in ${(analysis.ms / 1000).toFixed(1)}s analysis\n`);
      }
      await ensureSecuritySchema(database.db);
      const first = await usersRepo(database.db, env.TRUSTLINE_TENANT).createFirstAdmin();
      // Printed once, never logged or stored in clear: it must be changed at first sign-in.
      if (first) process.stderr.write(`First start: created user "${first.username}" with one-time password ${first.password} (change it at first sign-in)\n`);
      const localToken = database.kind === 'pglite' ? writeLocalToken(database.location) : null;
      const app = await buildServer({ env, database, sources, rejectsDir, version }, { localToken });
      const stop = async () => { await app.close(); await database.close(); process.exit(0); };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await app.listen({ port: opts.port, host: opts.host });
      // The bound port, not the requested one: `--port 0` asks the system for a free port.
      const bound = app.server.address();
      const port = bound && typeof bound === 'object' ? bound.port : opts.port;
      process.stderr.write(`Trustline ${version} on http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${port} (database: ${database.location})\n`);
      await new Promise(() => {}); // run until a signal stops it
    });
}
