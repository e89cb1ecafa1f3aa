// `trustline audit verify [--file f]` checks the hash chain (stored, or an exported file); `trustline audit export`
// writes it as JSON lines an auditor can verify on their own. Exit 1 when the chain does not verify.
import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { auditRepo, parseJsonLines, verifyChain, type ChainVerdict } from '../../audit/index.js';
import { ensureSecuritySchema } from '../../auth/ensure-schema.js';
import { withDatabase } from '../context.js';

function report(v: ChainVerdict, what: string): void {
  if (v.ok) process.stdout.write(`${what}: ${v.checked} records, chain intact\n`);
  else { process.stderr.write(`${what}: BROKEN at seq ${v.firstBadSeq}: ${v.reason} (${v.checked} records verified before it)\n`); process.exitCode = 1; }
}

export function register(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit log: verify its hash chain, export it');
  audit.command('verify')
    .description('verify the stored audit chain, or an exported file with --file')
    .option('--file <path>', 'an export (JSON lines) to verify instead of the database')
    .action(async (opts: { file?: string }) => {
      if (opts.file) { report(verifyChain(parseJsonLines(await readFile(opts.file, 'utf8'))), opts.file); return; }
      await withDatabase('audit verify', async ({ env, database }) => {
        await ensureSecuritySchema(database.db);
        report(await auditRepo(database.db as never, env.TRUSTLINE_TENANT).verify(), `audit log (tenant ${env.TRUSTLINE_TENANT})`);
      });
    });
  audit.command('export')
    .description('write the audit log as JSON lines (stdout, or --out)')
    .option('--out <path>', 'file to write (mode 0600)')
    .action(async (opts: { out?: string }) => {
      await withDatabase('audit export', async ({ env, database }) => {
        await ensureSecuritySchema(database.db);
        const out: NodeJS.WritableStream = opts.out ? createWriteStream(opts.out, { mode: 0o600 }) : process.stdout;
        let n = 0;
        for await (const line of auditRepo(database.db as never, env.TRUSTLINE_TENANT).exportJsonLines()) {
          if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
          n++;
        }
        if (opts.out) { out.end(); await finished(out); process.stderr.write(`${n} audit records written to ${opts.out}\n`); }
      });
    });
}
