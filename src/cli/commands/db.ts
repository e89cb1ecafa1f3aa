// `trustline db partition-events` and `trustline db retention`: PostgreSQL-only maintenance of the events table at scale.
import type { Command } from 'commander';
import { z } from 'zod';
import { dropOldEventPartitions, partitionEvents } from '../../scale/index.js';
import { withDatabase } from '../context.js';

export function register(program: Command): void {
  const db = program.command('db').description('database maintenance for large installations (PostgreSQL)');
  db.command('partition-events')
    .description('convert events to monthly partitions on time (once; locks the table while copying), then keep months ahead ready')
    .option('--ahead <months>', 'months to create ahead of the current one', '3')
    .action(async (raw: { ahead: string }) => {
      const ahead = z.coerce.number().int().min(0).max(36).parse(raw.ahead);
      await withDatabase('db partition-events', async ({ database }) => {
        if (database.kind !== 'postgres') throw new Error('partitioning needs PostgreSQL (TRUSTLINE_DB=postgres://…); the embedded database stays unpartitioned');
        const s = await partitionEvents(database.db, { monthsAhead: ahead });
        process.stdout.write(`${s.converted ? `converted events (${s.rows} rows copied); ` : ''}created ${s.created.length} month partition(s)${s.created.length ? `: ${s.created.join(', ')}` : ''}\n`);
      });
    });
  db.command('retention')
    .description('drop monthly event partitions older than the kept months (alerts and cases are kept)')
    .requiredOption('--keep-months <n>', 'months to keep, the current one included')
    .option('--dry-run', 'list what would be dropped')
    .action(async (raw: { keepMonths: string; dryRun?: boolean }) => {
      const keep = z.coerce.number().int().min(1).max(1200).parse(raw.keepMonths);
      await withDatabase('db retention', async ({ database }) => {
        if (database.kind !== 'postgres') throw new Error('retention by partition needs PostgreSQL');
        const r = await dropOldEventPartitions(database.db, keep, { dryRun: raw.dryRun });
        process.stdout.write(`${raw.dryRun ? 'would drop' : 'dropped'} ${r.dropped.length} partition(s)${r.dropped.length ? `: ${r.dropped.join(', ')}` : ''}; kept ${r.kept.length}\n`);
      });
    });
}
